/**
 * The elements of a version's published page (`published-page.ts`) that the app looks for when
 * it starts in one (`src/app/shell/prerendered.ts`): apart, so that the app's first chunk does
 * not carry the page's writer.
 */

/** The drawn version, removed when the app shows its own; its `data-route` is the app's route. */
export const PRERENDERED_ID = 'prerendered';
/** Its style element, removed with it (its rules are global, as the export's). */
export const PRERENDERED_STYLE_ID = 'prerendered-style';
