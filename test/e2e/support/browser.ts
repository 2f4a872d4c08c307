import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic, type StaticServer } from './static-server.ts';

export const DIST =
  process.env.ALGOBOOK_DIST ?? fileURLToPath(new URL('../../../dist', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches Debian's Chromium headless, with no traffic but to loopback. */
export async function launch(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium.`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Extra flags for experiments, e.g. CHROMIUM_ARGS='--disable-features=X'.
      ...(process.env.CHROMIUM_ARGS?.split(' ').filter(Boolean) ?? []),
      ...extraArgs,
    ],
  });
}

export interface AppHarness {
  browser: Browser;
  server: StaticServer;
  /** A fresh browser context (own storage) with a page; errors on the page fail loudly. */
  newPage(context?: BrowserContext): Promise<Page>;
  close(): Promise<void>;
}

/** The built app (`dist/`) served on 127.0.0.1, and a browser to drive it. */
export async function startApp(options: { chromiumArgs?: string[] } = {}): Promise<AppHarness> {
  if (!existsSync(`${DIST}/index.html`))
    throw new Error('dist/ is missing: run `npm run build` first.');
  const server = await serveStatic(DIST);
  const browser = await launch(options.chromiumArgs);
  return {
    browser,
    server,
    async newPage(context?: BrowserContext) {
      const ctx = context ?? (await browser.newContext({ locale: 'en-US' }));
      const page = await ctx.newPage();
      page.on('pageerror', (error) => console.error('[page error]', error.message));
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
