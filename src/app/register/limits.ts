/**
 * Bounds of the register page. A catalog is whoever wrote it: these keep a hostile or a huge
 * one from holding the page, its network or its memory.
 */

/** Notebooks whose latest version is read; the page says so when a catalog lists more. */
export const MAX_REGISTER_NOTEBOOKS = 200;

/** Version files fetched at the same time. */
export const REGISTER_CONCURRENCY = 4;

/** Largest version file read (its `Content-Length`, and its bytes as they stream in). */
export const MAX_VERSION_BYTES = 2 * 1024 * 1024;
