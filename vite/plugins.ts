import type { Plugin } from 'vite';

/** Plugins of our own; filled in by the app build (examples, CSP). */
export function algobookPlugins(): Plugin[] {
  return [];
}
