/** The publish bar's panels, in one chunk loaded when the first one opens (diff, exports, hashing). */
export { default as DownloadPanel } from './DownloadPanel.svelte';
export { default as ForkInfo } from './ForkInfo.svelte';
export { default as HistoryPanel } from './HistoryPanel.svelte';
export { default as PublishForm } from './PublishForm.svelte';
export { default as SharePanel } from './SharePanel.svelte';
export { default as VerifyPanel } from './VerifyPanel.svelte';
