/**
 * Share links, in Debian's Chromium against the built app: `npx tsx bench/publish.bench.ts`
 * (after a build; ALGOBOOK_DIST=<dir> for another build). Prints a JSON summary.
 *
 * For each example:
 * - shareLinkChars: the length of its share link (the whole text compressed in the fragment,
 *   plus the base its relative datasets resolve against), made by the app's own code;
 * - shareOpenMs: navigation to the first output when a fresh browser opens that link (median of 5);
 * - exampleOpenMs: the same for the example's own address (`#/example/<file>`), for comparison.
 */
import { parse } from '../src/core/format/index.ts';
import { shareLink } from '../src/app/publish/share-link.ts';
import { DIST, launch } from '../test/e2e/support/browser.ts';
import { serveStatic } from '../test/e2e/support/static-server.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 10) / 10;

/** Records, in the page, when the first output appears. */
const OBSERVE = () => {
  const w = window as unknown as Record<string, unknown>;
  new MutationObserver(() => {
    if (!w.__firstOutput && document.querySelector('.output[data-kind]'))
      w.__firstOutput = performance.now();
  }).observe(document, { subtree: true, childList: true });
};

async function main() {
  const server = await serveStatic(DIST);
  const browser = await launch();
  const results: Record<
    string,
    { shareLinkChars: number; textChars: number; shareOpenMs: number; exampleOpenMs: number }
  > = {};
  /** Navigation to first output of `url` in 5 fresh browser contexts. */
  async function firstOutputTimes(url: string): Promise<number[]> {
    const times: number[] = [];
    for (let k = 0; k < 5; k++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(OBSERVE);
      await page.goto(url);
      await page.waitForFunction(
        () => (window as unknown as { __firstOutput?: number }).__firstOutput,
        null,
        { timeout: 60_000 },
      );
      times.push(
        await page.evaluate(() => (window as unknown as { __firstOutput: number }).__firstOutput),
      );
      await context.close();
    }
    return times;
  }
  try {
    const examples = (await (await fetch(`${server.url}examples/index.json`)).json()) as {
      file: string;
    }[];
    for (const { file } of examples) {
      const fileUrl = `${server.url}examples/${file}`;
      const text = await (await fetch(fileUrl)).text();
      const link = await shareLink(text, parse(text), fileUrl, server.url);
      results[file] = {
        shareLinkChars: link.length,
        textChars: text.length,
        shareOpenMs: round(median(await firstOutputTimes(link))),
        exampleOpenMs: round(median(await firstOutputTimes(`${server.url}#/example/${file}`))),
      };
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(JSON.stringify({ share: results }, null, 2));
}

await main();
