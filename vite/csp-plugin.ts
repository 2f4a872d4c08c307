import type { HtmlTagDescriptor, Plugin } from 'vite';
import { SANDBOX_ORIGIN_META } from '../src/app/runner/sandbox-origin.ts';

/**
 * The origin (optionally with a folder) that serves this build's `sandbox.html` and `runner/` on
 * another site than the app, e.g. `https://usercontent.example.org/algobook/`; unset, the app
 * uses its own loopback twin (localhost ↔ 127.0.0.1) or its own origin.
 */
export function sandboxOriginFromEnv(value = process.env.ALGOBOOK_SANDBOX_ORIGIN): string | null {
  if (!value?.trim()) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`ALGOBOOK_SANDBOX_ORIGIN is not a URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`ALGOBOOK_SANDBOX_ORIGIN must be an http(s) URL, not ${JSON.stringify(value)}`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`ALGOBOOK_SANDBOX_ORIGIN must be an origin or a folder: ${url.origin}/…`);
  return url.href;
}

/**
 * The app's own page never evaluates code: no 'unsafe-eval'. Only the sandboxed iframe (an opaque
 * origin, on another site) and its worker run cell code. Inline styles are allowed for Monaco and
 * Vega. `connect-src *`: notebooks load datasets from any open-data portal, and the page, not the
 * runner, fetches them. `form-action 'none'`: nothing on the page submits a form, so a form in a
 * notebook's prose cannot send the reader anywhere. `frame-src`: the sandbox, on the configured
 * origin or on the loopback twin of the app's host.
 */
export function csp(sandboxOrigin: string | null): string {
  const frames = sandboxOrigin
    ? `frame-src 'self' ${new URL(sandboxOrigin).origin}`
    : "frame-src 'self' http://localhost:* http://127.0.0.1:*";
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    frames,
    'connect-src *',
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The page's CSP for a build without a configured sandbox origin. */
export const CSP = csp(null);

/**
 * Adds the CSP as a meta tag to the built page (the dev server's client needs more), and the
 * sandbox origin the build was configured with. Development and preview servers listen on
 * 127.0.0.1 unless told otherwise: reached as `localhost` too, they serve the sandbox from the
 * other name (a `localhost` bound to IPv6 only would leave 127.0.0.1 unanswered).
 */
export function cspPlugin(): Plugin {
  const sandboxOrigin = sandboxOriginFromEnv();
  return {
    name: 'algobook-csp',
    config(config) {
      return {
        server: { host: config.server?.host ?? '127.0.0.1' },
        preview: { host: config.preview?.host ?? '127.0.0.1' },
      };
    },
    transformIndexHtml(_html, context) {
      const tags: HtmlTagDescriptor[] = [];
      if (!context.server)
        tags.push({
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: csp(sandboxOrigin) },
          injectTo: 'head-prepend',
        });
      if (sandboxOrigin)
        tags.push({
          tag: 'meta',
          attrs: { name: SANDBOX_ORIGIN_META, content: sandboxOrigin },
          injectTo: 'head',
        });
      return tags;
    },
  };
}
