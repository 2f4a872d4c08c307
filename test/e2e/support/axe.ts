/** axe-core in a page: the serious and critical violations within `selector`, each in a line. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type * as Axe from 'axe-core';

const AXE_SOURCE = readFileSync(
  fileURLToPath(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url)),
  'utf8',
);

export async function seriousViolations(page: Page, selector = 'body'): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP (no 'unsafe-eval') doesn't see.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (within) => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    const { violations } = await axe.run(within, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) =>
        v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary ?? ''})`),
      );
  }, selector);
}
