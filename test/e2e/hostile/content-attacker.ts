/**
 * What the content and chart hostile tests share: a loopback "attacker" server that records
 * every request it receives, and what a page did that it must not (the hostile notebook itself
 * is served by `useApp({ notebooks })`).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';

export interface Attacker {
  /** `http://127.0.0.1:port` (no trailing slash). */
  origin: string;
  /** The paths requested so far, in order. */
  hits: string[];
  close(): Promise<void>;
}

/** A server that answers everything and remembers what was asked. */
export async function startAttacker(): Promise<Attacker> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain' });
    res.end('a,b\n1,2\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** What a page did that it must not: dialogs opened, top-level navigations. */
export interface Watch {
  dialogs: string[];
  navigations: string[];
}

/**
 * Records dialogs (dismissed) and main-frame navigations after the first load, and sets
 * `window.__pwned` to stay undefined unless a payload runs.
 */
export async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { dialogs: [], navigations: [] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) seen.navigations.push(frame.url());
  });
  return seen;
}

/** `window.__pwned`: set by every script payload of the corpus, if one ever runs. */
export function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}
