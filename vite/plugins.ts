import type { Plugin } from 'vite';
import { examplesPlugin } from './examples-plugin.ts';
import { cspPlugin } from './csp-plugin.ts';
import { demoPortalPlugin } from './demo-portal-plugin.ts';

/**
 * Plugins of our own: the bundled example notebooks, the demo portal built from their data and
 * the page's Content-Security-Policy.
 */
export function algobookPlugins(): Plugin[] {
  return [examplesPlugin(), demoPortalPlugin(), cspPlugin()];
}
