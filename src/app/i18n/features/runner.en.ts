/** English messages of the runner's trust boundary; keys start with `runner.`. Merged into en.ts. */
export const runnerEn = {
  'runner.tampered':
    "This notebook's code tampered with its runner, so the app stopped running it. Outputs shown may not be the notebook's; nothing runs until the page is reloaded.",
  'runner.flood':
    "This notebook's code sent the page more than a run may send, so the app stopped running it. Nothing runs until the page is reloaded.",
  'runner.crashed':
    'The cell runner stopped working (its memory may have run out). Cells are not running.',
  'runner.restart': 'Restart',
} as const;
