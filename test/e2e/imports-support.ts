/** What the imports' browser tests share: the bundled library and importer, as texts. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));
export const LIBRARY = readFileSync(`${EXAMPLES}/atmo-sub-index.algo.md`, 'utf8');
export const IMPORTER = readFileSync(`${EXAMPLES}/atmo-who-guideline.algo.md`, 'utf8');
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The importer with its import `atmo` pinned at `url` to `pin` (the library's hash by default). */
export function importerOf(url: string, pin = sha256(LIBRARY)): string {
  return IMPORTER.replace(
    /url: atmo-sub-index\.algo\.md\n {4}sha256: [0-9a-f]{64}/,
    `url: ${url}\n    sha256: ${pin}`,
  );
}

/** The reader's line about the import (the "Uses:" list's item). */
export function usesLine(page: Page, label = 'Algorithms this notebook uses') {
  return page.getByRole('list', { name: label }).getByRole('listitem');
}

/** The importer's key result, once computed (shown under "Key results" and in its cell). */
export function keyResult(page: Page) {
  return page.getByText(/^At \d+ µg\/m³, the arrêté's bounds say/).first();
}
