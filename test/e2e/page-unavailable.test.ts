/**
 * A page of the app that is a chunk of its own (the home page, the editor) and cannot be loaded,
 * most often because a deployment replaced the app's files since the tab opened it: the page says
 * so, in the reader's language, and offers to reload, rather than staying blank.
 */
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { useApp } from './support/use-app.ts';
import { en } from '../../src/app/i18n/en.ts';
import { fr } from '../../src/app/i18n/fr.ts';

const app = useApp();

/** Answers the requests for the chunk named `name` with a 404, as a host after a redeploy. */
async function gone(page: Page, name: string): Promise<() => Promise<void>> {
  const pattern = new RegExp(`/assets/${name}-[\\w-]+\\.js$`);
  const answer = (route: Route) => route.fulfill({ status: 404 });
  await page.route(pattern, answer);
  return () => page.unroute(pattern, answer);
}

describe('a page whose chunk cannot be loaded', () => {
  it('the home page says so and reloads into the home page once its chunk is back', async () => {
    const page = await app.page();
    const back = await gone(page, 'HomePage');
    await page.goto(app.url);
    const alert = page.getByRole('alert').filter({ hasText: en['app.pageUnavailable'] });
    await alert.waitFor();
    await back();
    await alert.getByRole('button', { name: en['app.reload'] }).click();
    await page.getByRole('heading', { level: 1, name: en['home.title'] }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('the editor says so, in French for a French reader', async () => {
    const page = await app.page({ language: 'fr' });
    await gone(page, 'EditorPage');
    await page.goto(`${app.url}#/draft/some-draft`);
    await page.getByRole('alert').filter({ hasText: fr['app.pageUnavailable'] }).waitFor();
    await page.getByRole('button', { name: fr['app.reload'] }).waitFor();
  });
});
