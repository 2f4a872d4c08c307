/**
 * Persistent storage (issue 12): a browser may clear a site's IndexedDB when space runs low,
 * unless the site asked to keep it and the browser agreed. algobook asks when the data it holds
 * may exist nowhere else: a local file's bytes, a published version.
 */

/** The browser's StorageManager, when it has one (not on insecure origins, nor in old ones). */
function manager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/**
 * Asks the browser to keep this site's storage for good (`navigator.storage.persist()`), unless
 * it does already. Resolves to whether it does; never rejects (`undefined`: it cannot say).
 */
export async function askToPersist(): Promise<boolean | undefined> {
  const storage = manager();
  if (!storage?.persist) return undefined;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return undefined;
  }
}

/** Whether the browser keeps this site's storage for good; `undefined` when it cannot say. */
export async function isPersisted(): Promise<boolean | undefined> {
  try {
    return await manager()?.persisted?.();
  } catch {
    return undefined;
  }
}
