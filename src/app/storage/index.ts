/** Storage in the browser: drafts in IndexedDB, autosave, and notices between tabs. */
export * from './db.ts';
export * from './drafts.ts';
export * from './autosave.ts';
export * from './errors.ts';
export * from './tabs.ts';
