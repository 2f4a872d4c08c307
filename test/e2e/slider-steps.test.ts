/**
 * Slider steps (issue 15): moving a slider re-runs its cell and the cells that read it, and only
 * they change on the page. The bar with Stop and "Running…" does not flash at each step, and the
 * outputs of the other cells (a table, a chart) stay the same elements, their cells not re-run.
 */
import { describe, expect, it } from 'vitest';
import { cell, statusOf } from './support/notebook.ts';
import { useApp } from './support/use-app.ts';

const NOTEBOOK = `---
algobook: 1
id: slider-steps
title: Slider steps
license: MIT
---

\`\`\`js
const rate = view(Inputs.range([0, 100], {label: "Rate", value: 20, step: 1}))
\`\`\`

\`\`\`js
"RESULT-" + (rate * 3)
\`\`\`

\`\`\`js
const summary = aq.table({k: [0, 1, 2], v: [3, 1, 2]})
\`\`\`

\`\`\`js
summary
\`\`\`

\`\`\`js
chart({data: summary, mark: "bar", encoding: {x: {field: "k", type: "ordinal"}, y: {field: "v", type: "quantitative"}}})
\`\`\`
`;

// A slider whose own cell takes a while: a reader's next key comes while its run is on.
const SLOW = `---
algobook: 1
id: slow-slider
title: Slow slider
license: MIT
---

\`\`\`js
const rate = view(Inputs.range([0, 100], {label: "Rate", value: 20, step: 1}));
const started = Date.now();
while (Date.now() - started < 400);
\`\`\`

\`\`\`js
"RESULT-" + (rate * 3)
\`\`\`
`;

const app = useApp({
  notebooks: { 'slider-steps.algo.md': NOTEBOOK, 'slow-slider.algo.md': SLOW },
});

describe('slider steps', () => {
  it('re-run only the slider and its reader; Stop does not flash; the table and the chart stay', async () => {
    const page = await app.read('slider-steps.algo.md');
    await page.getByText('RESULT-60').waitFor();
    await cell(page, 5).locator('svg').first().waitFor();
    await cell(page, 4).getByRole('table').waitFor();
    for (const n of [3, 4, 5]) await statusOf(cell(page, n)).filter({ hasText: /^done/ }).waitFor();

    // From now on: every element added with the name Stop or the text "Running…", and every
    // status text of the table's and the chart's cells.
    await page.evaluate(() => {
      const seen = { busy: 0, statuses: [] as string[] };
      Reflect.set(window, '__steps', seen);
      const sections = [...document.querySelectorAll('section[aria-label]')];
      const watched = ['Cell 3', 'Cell 4', 'Cell 5'].map((name) =>
        sections.find((s) => s.getAttribute('aria-label') === name),
      );
      Reflect.set(
        window,
        '__outputs',
        // Cell 3 declares the table and shows nothing.
        watched.slice(1).map((s) => s?.querySelector('.output')),
      );
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            const text = node.textContent ?? '';
            if (text.includes('Running…') || /^Stop$/.test(text.trim())) seen.busy++;
          }
          const status = (record.target.parentElement ?? record.target) as Element;
          if (watched.some((s) => s?.contains(status)) && status.matches?.('[role="status"]'))
            seen.statuses.push(status.textContent ?? '');
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });

    const slider = cell(page, 1).getByRole('slider', { name: 'Rate' });
    await slider.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await page.getByText('RESULT-90').waitFor();
    await statusOf(cell(page, 2)).filter({ hasText: /^done/ }).waitFor();

    const seen = await page.evaluate(() => Reflect.get(window, '__steps'));
    expect(seen).toEqual({ busy: 0, statuses: [] });
    const same = await page.evaluate(() => {
      const before = Reflect.get(window, '__outputs') as (Element | null)[];
      return before.map((output) => output !== null && output.isConnected);
    });
    expect(same).toEqual([true, true]);
  });

  it('never takes the thumb back while the next run of a slow slider is on', async () => {
    const page = await app.read('slow-slider.algo.md');
    await page.getByText('RESULT-60').waitFor();
    const slider = cell(page, 1).getByRole('slider', { name: 'Rate' });
    // Every value the control shows, as the reader would see it move.
    await slider.evaluate((input: HTMLInputElement) => {
      const shown: number[] = [];
      Reflect.set(window, '__shown', shown);
      const tick = () => {
        if (shown.at(-1) !== input.valueAsNumber) shown.push(input.valueAsNumber);
        requestAnimationFrame(tick);
      };
      tick();
    });
    await slider.focus();
    // Each key once the previous value has come back and the next run has started.
    for (const expected of ['RESULT-63', 'RESULT-66']) {
      await page.keyboard.press('ArrowRight');
      await page.getByText(expected).waitFor();
    }
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(100);
    await page.keyboard.press('ArrowRight');
    await page.getByText('RESULT-72').waitFor();
    expect(await slider.inputValue()).toBe('24');
    const shown = (await page.evaluate(() => Reflect.get(window, '__shown'))) as number[];
    expect(shown).toEqual([20, 21, 22, 23, 24]);
  });
});
