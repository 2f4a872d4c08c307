/**
 * The reader's citizen views, in one chunk loaded after the page's first paint: they need acorn
 * (the analysis of the cells), which the first screen does without.
 */
export { default as ExplainPanel } from './ExplainPanel.svelte';
export { default as GraphView } from './GraphView.svelte';
export { default as CardView } from './CardView.svelte';
export { cellGraph } from '../../core/citizen/index.ts';
export { importedNotebooks } from '../../core/citizen/imported.ts';
