import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cell, readerUrl } from '../support/notebook.ts';
import { pwned, startAttacker, watch } from './content-attacker.ts';
import { hostileNotebook } from './content-corpus.ts';
import { useApp, useServer } from '../support/use-app.ts';

const attacker = useServer(startAttacker);

const app = useApp({ notebooks: () => ({ 'hostile.algo.md': hostileNotebook(attacker.origin) }) });
const { fixtures: notebooks } = app;

/** Opens the hostile notebook in the reader and waits until both copies of the corpus show. */
async function openHostile(page: Page): Promise<void> {
  await page.goto(readerUrl(app.server.url, `${notebooks.url}hostile.algo.md`));
  await page.getByText('prose-end', { exact: true }).waitFor();
  await cell(page, 2).getByText('md-end', { exact: true }).waitFor();
  // Anything the corpus could fetch or run has had its chance once the network is idle.
  await page.waitForLoadState('networkidle');
}

/**
 * Whether a person clicking the centre of the app's own element would hit it: the app's
 * header, the reader's "Edit a copy", or the bar where the app says what this version is.
 */
function hitsApp(page: Page, name: 'banner' | 'edit' | 'versions'): Promise<boolean> {
  return page.evaluate((which) => {
    const target =
      which === 'banner'
        ? document.querySelector('body header')
        : which === 'versions'
          ? document.querySelector('section[aria-label="Versions and sharing"]')
          : [...document.querySelectorAll('button')].find((b) => b.textContent === 'Edit a copy');
    if (!target) return false;
    const box = target.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && target.contains(hit);
  }, name);
}

describe("a stranger's prose and md outputs", () => {
  it('run nothing, fetch nothing, navigate nowhere and cover nothing', async () => {
    const page = await app.newPage();
    const seen = await watch(page);
    try {
      await openHostile(page);
      const appUrl = page.url();

      expect(await pwned(page)).toBeUndefined();
      expect(seen.dialogs).toEqual([]);
      expect(attacker.hits).toEqual([]);
      expect(await hitsApp(page, 'banner')).toBe(true);
      expect(await hitsApp(page, 'edit')).toBe(true);
      expect(await hitsApp(page, 'versions')).toBe(true);

      // What the sanitiser left of the corpus, in the prose and in the md output.
      const left = await page.evaluate(() => {
        const roots = [...document.querySelectorAll('.prose, .output')];
        const inside = roots.flatMap((r) =>
          [...r.querySelectorAll('*')].filter((e) => !e.classList.contains('markdown')),
        );
        const forbidden =
          'script,style,iframe,object,embed,form,input,button,select,textarea,svg,math,base,meta,link,video,audio';
        return {
          roots: roots.length,
          forbidden: inside.filter((e) => e.matches(forbidden)).map((e) => e.tagName),
          attributes: inside.flatMap((e) =>
            e
              .getAttributeNames()
              .filter((a) => /^(style|id|name|class|role|srcset|on.*|aria-.*|data-.*)$/.test(a))
              .map((a) => `${e.tagName}[${a}]`),
          ),
          images: inside.filter((e) => e.tagName === 'IMG').map((e) => e.getAttribute('src')),
          mains: document.querySelectorAll('#main').length,
          main: document.getElementById('main')?.tagName,
          byName: typeof document.getElementById,
        };
      });
      expect(left.roots).toBeGreaterThanOrEqual(2);
      expect(left.forbidden).toEqual([]);
      expect(left.attributes).toEqual([]);
      expect(left.images.every((src) => src?.startsWith('data:image/png'))).toBe(true);
      expect(left).toMatchObject({ mains: 1, main: 'MAIN', byName: 'function' });

      for (const where of ['prose', 'md']) {
        const scope = where === 'prose' ? page.locator('main') : cell(page, 2);
        for (const name of [`${where} js link`, `${where} js link 2`, `${where} data link`]) {
          const link = scope.getByText(name, { exact: true });
          expect(await link.getAttribute('href'), name).toBeNull();
        }
        for (const [name, path] of [
          [`${where} protocol-relative link`, `${where}-protocol-relative`],
          [`${where} external link`, `${where}-external`],
          [`${where} markdown link`, `${where}-md-link`],
          [`[${where} pixel]`, `${where}-pixel.png`],
          [`[${where} tracker]`, `${where}-img.png`],
        ]) {
          const link = scope.getByRole('link', { name, exact: true }).first();
          expect(await link.getAttribute('href'), name).toBe(`${attacker.origin}/${path}`);
          expect(await link.getAttribute('target'), name).toBe('_blank');
          expect(await link.getAttribute('rel'), name).toBe('noopener noreferrer');
        }
      }

      // The fields are text: their markup shows as characters.
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).first().textContent())
        .toBe(`<img src=x onerror="window.__pwned='title'">Reproduced ✔`);
      await page
        .getByText('<button onclick="window.__pwned=\'summary\'">Verified</button>')
        .waitFor();
      await page.getByText('Transparency card').click();
      await page
        .getByText('<b style="position:fixed;inset:0">card purpose</b>', { exact: false })
        .waitFor();

      expect(await pwned(page)).toBeUndefined();
      expect(attacker.hits).toEqual([]);
      expect(page.url()).toBe(appUrl);
      expect(seen.navigations.every((url) => url.startsWith(app.server.url))).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  it('are painted in boxes that nothing inside can draw out of', async () => {
    const page = await app.newPage();
    try {
      await openHostile(page);
      // As if markup had slipped past the sanitiser: a full-page overlay in every container.
      const containers = await page.evaluate(() => {
        const roots = [...document.querySelectorAll('.prose, .output')];
        for (const root of roots) {
          const overlay = document.createElement('div');
          overlay.textContent = 'SLIPPED THROUGH';
          overlay.setAttribute(
            'style',
            'position:fixed;inset:0;z-index:2147483647;background:#c00;pointer-events:auto',
          );
          root.append(overlay);
        }
        return roots.length;
      });
      expect(containers).toBeGreaterThanOrEqual(2);
      expect(await hitsApp(page, 'banner')).toBe(true);
      expect(await hitsApp(page, 'edit')).toBe(true);
      expect(await hitsApp(page, 'versions')).toBe(true);
    } finally {
      await page.context().close();
    }
  });
});
