import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectPageErrors, takePageErrors } from './support/browser.ts';
import { useApp } from './support/use-app.ts';

const app = useApp();

/** Makes the page throw an uncaught error, outside anything the test awaits. */
async function throwOn(page: Page, message: string): Promise<void> {
  await page.evaluate((text) => {
    setTimeout(() => {
      throw new Error(text);
    });
  }, message);
}

// The setup file fails a test that leaves errors behind; these tests take them first.
describe('page errors in browser tests', () => {
  it('are collected from pages opened with newPage', async () => {
    const page = await app.page();
    await page.goto(app.server.url);
    await throwOn(page, 'boom from newPage');
    await expect.poll(() => takePageErrors().join('\n')).toMatch(/Error: boom from newPage/);
  });

  it('are collected from pages a test opens in a context of its own', async () => {
    const context = await app.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(app.server.url);
      await throwOn(page, 'boom from context.newPage');
      await expect
        .poll(() => takePageErrors().join('\n'))
        .toMatch(/Error: boom from context.newPage/);
    } finally {
      await context.close();
    }
  });

  it('are not collected when the test declares it expects them', async () => {
    const page = await app.page();
    expectPageErrors(page, /: expected boom$/);
    await page.goto(app.server.url);
    await throwOn(page, 'expected boom');
    await throwOn(page, 'unexpected boom');
    // Errors arrive in order: once the second is in, the first was seen and left out.
    const seen: string[] = [];
    await expect
      .poll(() => {
        seen.push(...takePageErrors());
        return seen.join('\n');
      })
      .toMatch(/unexpected boom/);
    expect(seen).toEqual([expect.stringMatching(/Error: unexpected boom(\n|$)/)]);
  });
});
