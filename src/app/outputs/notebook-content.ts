import './notebook-content.css';

/**
 * The class of every container that paints notebook content (see notebook-content.css): a
 * notebook cannot draw over the app.
 */
export const NOTEBOOK_CONTENT = 'notebook-content';
