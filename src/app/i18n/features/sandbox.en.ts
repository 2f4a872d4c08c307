/** English messages of the sandbox (network and memory); keys start with `sandbox.`. Merged into en.ts. */
export const sandboxEn = {
  'sandbox.network.label': 'Network access',
  'sandbox.network.notice': 'This notebook may contact: {origins}',
  'sandbox.network.detail':
    'Its cells can send and receive data there, beyond the pinned datasets. No other address can be reached.',
  'sandbox.crashed':
    'The cell runner stopped, most likely because {cells} used too much memory. The page is fine; the other cells ran again, and the stopped one waits until you run it again.',
} as const;
