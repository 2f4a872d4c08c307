/**
 * The page's own prototypes are frozen once the app is mounted: whatever reaches the page later
 * cannot add to `Object.prototype` or `Array.prototype`, nor replace their
 * methods, while objects may still have methods of their own (the libraries need that).
 */
import { describe, expect, it } from 'vitest';
import { expectPageUnpolluted } from './channel-support.ts';
import { useApp } from '../support/use-app.ts';

const app = useApp();

describe("the page's prototypes", () => {
  it('refuse pollution after load, and the example still draws its charts and tables', async () => {
    const page = await app.newPage();
    try {
      await page.goto(`${app.server.url}#/example/paris-arrondissements.algo.md`);
      await page.locator('figure svg').first().waitFor({ timeout: 30_000 });
      await page.getByRole('table').first().waitFor();

      const attempts = await page.evaluate(() => {
        const tries: [string, () => void][] = [
          ['Object.prototype', () => Reflect.set(Object.prototype, 'polluted', 'yes')],
          [
            '__proto__ of a parsed object',
            () => {
              const parsed = JSON.parse('{"__proto__": {"polluted": "yes"}}') as Record<
                string,
                Record<string, string>
              >;
              const target: Record<string, Record<string, string>> = {};
              // What a naive deep merge does with a key "__proto__".
              for (const key of Object.keys(parsed)) Object.assign(target[key] ?? {}, parsed[key]);
              Object.assign(({} as Record<string, object>)['__proto__'], { polluted: 'yes' });
            },
          ],
          ['Array.prototype', () => Reflect.set(Array.prototype, 'polluted', 'yes')],
          [
            'Object.prototype.toString',
            () => Reflect.set(Object.prototype, 'toString', () => 'hijacked'),
          ],
        ];
        return tries.map(([name, attempt]) => {
          try {
            attempt();
          } catch {
            // Refused by throwing (strict code does that).
          }
          return name;
        });
      });
      // Each attempt either throws or does nothing: what counts is that nothing changed.
      expect(attempts).toHaveLength(4);
      await expectPageUnpolluted(page);
      expect(
        await page.evaluate(() => [
          Object.hasOwn(Array.prototype, 'polluted'),
          [].toString(),
          Object.prototype.toString.call({}),
        ]),
      ).toEqual([false, '', '[object Object]']);
      // An object may still have a method of its own, as libraries give theirs.
      expect(
        await page.evaluate(() => {
          const own: { toString?: () => string } = {};
          own.toString = () => 'mine';
          return String(own);
        }),
      ).toBe('mine');
    } finally {
      await page.context().close();
    }
  });
});
