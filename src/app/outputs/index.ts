export { default as OutputView } from './OutputView.svelte';
export { default as TableView } from './TableView.svelte';
export { default as ChartView } from './ChartView.svelte';
export { default as MarkdownView } from './MarkdownView.svelte';
export { default as Inspector } from './Inspector.svelte';
export { default as InputControl } from './InputControl.svelte';
export { default as ErrorView } from './ErrorView.svelte';
export { renderMarkdown, markdownToHtml } from './markdown.ts';
export type { FetchRows } from './open-table.ts';
