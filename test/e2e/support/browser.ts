import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
      args: withFeaturesMerged([
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Chromium 151+ renders its address bar's popup in a renderer of its own for every new
        // window, headless too: about 1.5 s of CPU per browser context, on a 2-core machine
        // beside the page under test.
        '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
        // Extra flags for experiments, e.g. CHROMIUM_ARGS='--disable-features=X'.
        ...(process.env.CHROMIUM_ARGS?.split(' ').filter(Boolean) ?? []),
        ...extraArgs,
      ]),
    })
    .then((browser) => {
      // Every page, also those a test opens with `context.newPage()` rather than `newPage`.
      browser.on('context', (context) => context.on('page', watchPage));
      return browser;
    });
}

/** Chromium reads only the last `--disable-features`: one flag with every feature listed. */
export function withFeaturesMerged(args: readonly string[]): string[] {
  const FLAG = '--disable-features=';
  const features = args
    .filter((a) => a.startsWith(FLAG))
    .flatMap((a) => a.slice(FLAG.length).split(','));
  const rest = args.filter((a) => !a.startsWith(FLAG));
  return features.length ? [...rest, FLAG + [...new Set(features)].join(',')] : rest;
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
