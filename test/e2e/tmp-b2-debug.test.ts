import { it } from 'vitest';
import { useApp } from './support/use-app.ts';
const app = useApp();
it('debug', async () => {
  const page = await app.page();
  await page.goto(`${app.url}#/example/atmo-who-guideline.algo.md`);
  await page.getByRole('button', { name: 'How is “PM2.5 sub-index” computed?' }).waitFor();
  await page.getByText('Dependency graph', { exact: true }).click();
  await page.locator('svg.graph').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('svg.graph .node').length > 3);
  console.log(await page.locator('svg.graph .node').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))));
  await page.locator('svg.graph').scrollIntoViewIfNeeded();
  console.log(JSON.stringify(await page.locator('svg.graph').boundingBox()));
  await page.screenshot({ path: '/tmp/b2-graph.png' });
  const b = page.getByRole('button', { name: /^Imported: The ATMO sub-index, / });
  console.log('count', await b.count());
});
