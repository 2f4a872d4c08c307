import type { Plugin } from 'vite';

/**
 * The app's own page never evaluates code: no 'unsafe-eval'. Only the sandboxed iframe (an opaque
 * origin) and its worker run cell code. Inline styles are allowed for Monaco and Vega.
 * `connect-src *`: notebooks load datasets from any open-data portal.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  'connect-src *',
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

/** Adds the CSP as a meta tag to the built page (the dev server's client needs more). */
export function cspPlugin(): Plugin {
  return {
    name: 'algobook-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}
