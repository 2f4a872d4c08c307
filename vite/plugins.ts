import type { Plugin } from 'vite';
import { examplesPlugin } from './examples-plugin.ts';
import { cspPlugin } from './csp-plugin.ts';

/** Plugins of our own: the bundled example notebooks and the page's Content-Security-Policy. */
export function algobookPlugins(): Plugin[] {
  return [examplesPlugin(), cspPlugin()];
}
