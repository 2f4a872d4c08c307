// The JS a cold load fetches before a notebook's first output shows, file by file, with the bytes
// on the wire (the server's gzip), as ../shared/peers/measure.mjs counts them (issue 15,
// docs/performance.md). One fresh Chromium context; the sandboxed frame kept in the page's
// process so that the runner's scripts are seen.
//
// Usage: node scripts/first-output-js.mjs URL [TEXT]   (TEXT: the first output, default RESULT-60)
//   e.g. with `node ../shared/peers/serve.mjs dist 4743` and the peers folder on 4742:
//   node scripts/first-output-js.mjs "http://localhost:4743/?src=http://127.0.0.1:4742/peer-page.algo.md"
import { chromium } from 'playwright-core';

const [url, text = 'RESULT-60'] = process.argv.slice(2);
if (!url) throw new Error('usage: node scripts/first-output-js.mjs URL [TEXT]');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-features=IsolateSandboxedIframes'],
});
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const finished = [];
  let seen = false;
  page.on('requestfinished', (request) => {
    if (!seen) finished.push(request);
  });
  let show = () => {};
  const shown = new Promise((resolve) => (show = resolve));
  await context.exposeBinding('__shown', () => {
    seen = true;
    show();
  });
  await context.addInitScript((wanted) => {
    const observer = new MutationObserver(() => {
      if (!document.documentElement?.textContent.includes(wanted)) return;
      observer.disconnect();
      window.__shown();
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
  }, text);
  await page.goto(url);
  await shown;
  let total = 0;
  for (const request of finished) {
    const response = await request.response();
    const type = response?.headers()['content-type'] ?? '';
    if (!response || !(request.resourceType() === 'script' || /javascript/.test(type))) continue;
    if (!/^https?:/.test(request.url())) continue;
    const bytes = (await request.sizes()).responseBodySize;
    total += bytes;
    console.log(`${(bytes / 1000).toFixed(1).padStart(7)} KB  ${new URL(request.url()).pathname}`);
  }
  console.log(`${(total / 1000).toFixed(1).padStart(7)} KB  before "${text}" showed`);
} finally {
  await browser.close();
}
