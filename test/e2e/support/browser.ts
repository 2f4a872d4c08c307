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
  return chromium
    .launch({
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
    })
    .then((browser) => {
      // Every page, also those a test opens with `context.newPage()` rather than `newPage`.
      browser.on('context', (context) => context.on('page', watchPage));
      return browser;
    });
}

/**
 * Uncaught errors of every page of every browser `launch` started, not yet claimed by a test.
 * `fail-on-page-errors.ts` (a setup file of the e2e project) fails each test that leaves one:
 * an exception on the page is a bug even when what the test looks at still appears.
 */
const pageErrors: string[] = [];
const expected = new WeakMap<Page, RegExp[]>();

/** Declares that `page` may throw errors matching `pattern` (e.g. a hostile notebook's). */
export function expectPageErrors(page: Page, pattern: RegExp): void {
  expected.set(page, [...(expected.get(page) ?? []), pattern]);
}

/** The page errors so far that no test expected, emptying the list. */
export function takePageErrors(): string[] {
  return pageErrors.splice(0);
}

function watchPage(page: Page): void {
  page.on('pageerror', (error) => {
    const text = `${error.name}: ${error.message}`;
    if (expected.get(page)?.some((pattern) => pattern.test(text))) return;
    // The page's own frames say where: enough of them to find the bug.
    const where = (error.stack ?? '').split('\n').slice(1, 5).join('\n');
    console.error('[page error]', text, `\n${where}`);
    pageErrors.push(`${page.url()}: ${text}\n${where}`);
  });
}

export interface AppHarness {
  browser: Browser;
  server: StaticServer;
  /** A fresh browser context (own storage) with a page; an error on the page fails the test. */
  newPage(context?: BrowserContext): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The built app (`dist/`) served on 127.0.0.1, and a browser to drive it; `site` is a folder
 * served beside the app (its own `catalog.json` and versions, as a city would publish them).
 * @deprecated Test files use `useApp()` (use-app.ts); kept only so that a file written against
 * it before that still runs until it is converted.
 */
export async function startApp(
  options: { chromiumArgs?: string[]; site?: string } = {},
): Promise<AppHarness> {
  if (!existsSync(`${DIST}/index.html`))
    throw new Error('dist/ is missing: run `npm run build` first.');
  const server = await serveStatic(DIST, { also: options.site });
  const browser = await launch(options.chromiumArgs);
  return {
    browser,
    server,
    async newPage(context?: BrowserContext) {
      const ctx = context ?? (await browser.newContext({ locale: 'en-US' }));
      return ctx.newPage();
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
