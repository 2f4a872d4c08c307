import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { errorText } from '../../../src/core/errors/index.ts';
import { parse } from '../../../src/core/format/parse.ts';
import type {
  ImportCache,
  ImportEntry,
  ImportLoader,
  ImportSpec,
  ResolvedImport,
} from '../../../src/core/imports/types.ts';

const encoder = new TextEncoder();

/** The folder of the library and importer fixtures, and one of its files as text. */
export const FIXTURES = new URL('../../fixtures/imports/', import.meta.url);
export const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(name, FIXTURES)), 'utf8');

/** A notebook file titled `title` with `imports` (name → [url, sha256]) and one cell. */
export function notebookText(
  title: string,
  imports: Record<string, [string, string]> = {},
  cell = 'const x = 1;',
): string {
  const entries = Object.entries(imports).map(
    ([name, [url, sha]]) => `  ${name}:\n    url: ${url}\n    sha256: ${sha}\n`,
  );
  const block = entries.length ? `imports:\n${entries.join('')}` : '';
  const id = title.toLowerCase().replace(/\W+/g, '-');
  return `---\nalgobook: 1\nid: ${id}\ntitle: ${title}\n${block}---\n\n\`\`\`js\n${cell}\n\`\`\`\n`;
}

/** A loader serving `files` by absolute URL and recording every URL asked; others fail. */
export function servedBy(
  files: Record<string, string | Uint8Array>,
): ImportLoader & { asked: string[] } {
  const asked: string[] = [];
  const load = (url: string) => {
    asked.push(url);
    const file = files[url];
    if (file === undefined) return Promise.reject(new Error(`nothing at ${url}`));
    return Promise.resolve(typeof file === 'string' ? encoder.encode(file) : file);
  };
  return Object.assign(load, { asked });
}

/** An in-memory cache, recording what was put. */
export function memoryCache(
  initial: Record<string, Uint8Array> = {},
): ImportCache & { puts: { sha256: string; url: string }[] } {
  const store = new Map(Object.entries(initial));
  const puts: { sha256: string; url: string }[] = [];
  return {
    puts,
    get: (sha256) => Promise.resolve(store.get(sha256)),
    put: (sha256, bytes, url) => {
      puts.push({ sha256, url });
      store.set(sha256, bytes);
      return Promise.resolve();
    },
  };
}

/** An entry as one deep equality: its URL, title and imports, or its error's code and English text. */
export function outcome(entry: ImportEntry | undefined): unknown {
  if (!entry) return undefined;
  if ('error' in entry) return { error: entry.error.code, message: entry.error.message };
  return {
    url: entry.url,
    title: entry.notebook.front.title,
    imports: Object.fromEntries(Object.entries(entry.imports).map(([n, e]) => [n, outcome(e)])),
  };
}

/** A failed entry's error in French. */
export function french(entry: ImportEntry | undefined): string {
  if (!entry || !('error' in entry)) throw new Error('the import did not fail');
  const { code, params, message } = entry.error;
  return errorText('fr', code, params, message);
}

/** A resolved import of the notebook `text` served from `url` (pinned by `spec`, `sha256` a dummy by default). */
export function resolvedImport(
  name: string,
  text: string,
  url: string,
  spec: Partial<ImportSpec> = {},
  imports: Record<string, ResolvedImport> = {},
): ResolvedImport {
  const pin = { url: 'x.algo.md', sha256: 'ab'.repeat(32), ...spec };
  return { name, spec: pin, url, text, notebook: parse(text), imports };
}
