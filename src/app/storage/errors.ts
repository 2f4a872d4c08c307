/**
 * Storage failures, told to a person: what happened to their change and what they can do.
 */

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    typeof error.name === 'string'
    ? error.name
    : undefined;
}

/** A message for a failed save of a draft. In every case the last saved version is intact. */
export function describeStorageError(error: unknown): string {
  switch (errorName(error)) {
    case 'QuotaExceededError':
      return "Your browser's storage is full: this change is not saved. Free space (e.g. delete old drafts) or export the notebook.";
    case 'InvalidStateError':
      // The connection was closed, most often because a newer algobook opened in another tab.
      return 'algobook was updated in another tab: this change is not saved. Export the notebook or copy your text, then reload this page.';
    default:
      return `Your browser could not save this change (${error instanceof Error ? error.message : String(error)}). The last saved version is intact; keep this tab open and try again, or export the notebook.`;
  }
}
