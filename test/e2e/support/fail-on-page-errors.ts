/**
 * Setup file of the e2e project: a test fails when a page threw an error it did not declare with
 * `expectPageErrors`, even if what the test checks still appeared.
 */
import { afterEach } from 'vitest';
import { takePageErrors } from './browser.ts';

afterEach(() => {
  const errors = takePageErrors();
  if (errors.length > 0) throw new Error(`Uncaught errors on the page:\n${errors.join('\n')}`);
});
