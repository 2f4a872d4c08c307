/**
 * Accessibility of the publishing panels (history, a diff, verification, share link, downloads,
 * the catalog): no serious or critical axe violation.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type * as Axe from 'axe-core';
import { history } from './fixtures/publish/steps.ts';
import { useApp } from './support/use-app.ts';
import { useSite } from './support/use-site.ts';

const AXE_SOURCE = readFileSync(
  fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)),
  'utf8',
);

const app = useApp();
const { host } = useSite();

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

describe('publishing panels', () => {
  it('have no serious axe violation', async () => {
    const page = await app.page();
    const catalog = `?catalog=${encodeURIComponent(`${host.url}catalog.json`)}`;
    await page.goto(`${app.server.url}${catalog}`);
    await page.getByRole('link', { name: 'Population of the cities' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${app.server.url}${catalog}#/city-total-lyon`);
    await page.getByRole('button', { name: 'Compare with the origin' }).click();
    await page.getByRole('region', { name: /^Differences from/ }).waitFor();
    await page.getByRole('button', { name: 'Verify' }).click();
    await page
      .getByRole('region', { name: 'Verification' })
      .getByRole('status')
      // A third-party catalog vouches for nothing: its versions are results, unchecked.
      .filter({ hasText: /^(Reproduced|Results reproduce|Not reproduced|Tampered)/ })
      .waitFor({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${app.server.url}${catalog}#/city-total@2`);
    const panel = await history(page);
    await panel.getByRole('button', { name: 'Show differences' }).click();
    await page.getByRole('region', { name: /^Differences from/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Share link' }).click();
    await page.getByRole('textbox', { name: 'Link' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Download' }).click();
    await page.getByRole('button', { name: 'Web page (.html)' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
