/**
 * On a phone (390 × 844) the page never scrolls sideways and the main actions are on screen, in
 * both languages; on a computer too. Each view is saved as a screenshot to look at:
 * $ALGOBOOK_SCREENSHOTS, or algobook-screenshots/ in the system's temporary folder.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { readerUrl, waitForMonaco } from './support/notebook.ts';
import { en } from '../../src/app/i18n/en.ts';
import { fr } from '../../src/app/i18n/fr.ts';
import { useApp } from './support/use-app.ts';
import { expectNoSidewaysScroll } from './support/layout.ts';

const SCREENSHOTS = process.env.ALGOBOOK_SCREENSHOTS ?? join(tmpdir(), 'algobook-screenshots');

const SIZES = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const;

const LANGUAGES = {
  en: { locale: 'en-US', messages: en },
  fr: { locale: 'fr-FR', messages: fr },
} as const;

const app = useApp({ fixtures: true });
const { fixtures } = app;

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

/** The control is shown, within the window's width, and (`onScreen`) in the first screenful. */
async function expectShown(control: Locator, width: number, height: number, onScreen = false) {
  await control.waitFor();
  const box = await control.boundingBox();
  expect(box, 'shown').not.toBeNull();
  if (!box) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  if (onScreen) {
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(height);
  }
}

describe.each(Object.entries(LANGUAGES))('in %s', (language, { locale, messages: m }) => {
  it.each(Object.entries(SIZES))(
    'home, reader and editor fit a %s screen, main actions in view',
    async (size, { width, height }) => {
      const context = await app.browser.newContext({ locale, viewport: { width, height } });
      const page = await context.newPage();
      const shot = (view: string) =>
        page.screenshot({
          path: join(SCREENSHOTS, `${view}-${language}-${size}.png`),
          fullPage: true,
        });
      try {
        await page.goto(app.server.url);
        await page.getByRole('heading', { level: 1, name: m['home.title'] }).waitFor();
        await expectNoSidewaysScroll(page, width);
        await expectShown(page.getByRole('button', { name: m['home.new'] }), width, height, true);
        await expectShown(page.getByLabel(m['home.openFile']), width, height, true);
        await expectShown(
          page.getByRole('textbox', { name: m['home.openUrl'] }),
          width,
          height,
          true,
        );
        await expectShown(
          page.getByRole('button', { name: m['home.open'], exact: true }),
          width,
          height,
          true,
        );
        await expectShown(
          page.getByRole('combobox', { name: m['language.label'] }),
          width,
          height,
          true,
        );
        await shot('home');

        await page.goto(readerUrl(app.server.url, `${fixtures.url}showcase.algo.md`));
        const table = page.getByRole('region', {
          name: m['table.label'].split('|')[1].replace('{count}', '200'),
        });
        await table.waitFor();
        await page.getByRole('button', { name: m['chart.downloadPng'] }).waitFor();
        await expectShown(
          page.getByRole('button', { name: m['reader.editCopy'] }),
          width,
          height,
          true,
        );
        await page.getByText(m['code.summary'], { exact: true }).first().click();
        await expectNoSidewaysScroll(page, width);
        await expectShown(page.getByRole('slider', { name: 'Rate' }), width, height);
        await expectShown(table, width, height);
        await expectShown(
          page.getByRole('button', { name: m['chart.downloadSvg'] }),
          width,
          height,
        );
        await shot('reader');

        await page.getByRole('button', { name: m['reader.editCopy'] }).click();
        await page.getByRole('toolbar', { name: m['editor.toolbar'] }).waitFor();
        await waitForMonaco(page);
        await table.waitFor();
        await expectNoSidewaysScroll(page, width);
        for (const action of [
          'editor.runAll',
          'editor.addCode',
          'editor.addProse',
          'editor.shortcuts',
        ] as const) {
          await expectShown(
            page.getByRole('button', { name: m[action], exact: true }),
            width,
            height,
            true,
          );
        }
        await expectShown(
          page.getByRole('button', { name: m['cell.runLabel'].replace('{n}', '2') }),
          width,
          height,
        );
        await expectShown(
          page.getByRole('button', { name: m['cell.deleteLabel'].replace('{n}', '2') }),
          width,
          height,
        );
        await shot('editor');

        await page.getByRole('button', { name: m['editor.shortcuts'] }).click();
        const help = page.getByRole('dialog', { name: m['help.title'] });
        await help.waitFor();
        // It opens at its top, even where it is taller than the screen.
        await expectShown(
          help.getByRole('heading', { name: m['help.title'] }),
          width,
          height,
          true,
        );
        await expectShown(help.getByRole('button', { name: m['help.close'] }), width, height);
        await expectNoSidewaysScroll(page, width);
        await page.screenshot({ path: join(SCREENSHOTS, `help-${language}-${size}.png`) });
        await page.keyboard.press('Escape');

        // Home again, now listing the draft.
        await page.getByRole('link', { name: 'algobook' }).click();
        await page
          .getByRole('button', {
            name: m['home.deleteLabel'].replace('{title}', 'Every kind of output'),
          })
          .waitFor();
        await expectNoSidewaysScroll(page, width);
        await shot('home-drafts');
      } finally {
        await context.close();
      }
    },
    120_000,
  );
});
