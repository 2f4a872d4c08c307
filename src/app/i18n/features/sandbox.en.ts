/** English messages of the sandbox (network and memory); keys start with `sandbox.`. Merged into en.ts. */
export const sandboxEn = {
  'sandbox.network.label': 'Network access',
  'sandbox.network.notice': 'This notebook may contact: {origins}',
  'sandbox.network.detail':
    'Its cells can send and receive data there, beyond the pinned datasets. No other address can be reached.',
} as const;
