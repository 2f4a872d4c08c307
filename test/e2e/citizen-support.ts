/**
 * What the citizen browser tests expect of a notebook, derived from its file WITHOUT the app's
 * code: its cells cut at the code fences, names found by a small tokenizer (strings, comments,
 * property keys and member names left out) instead of the app's acorn scope analysis, and the
 * front matter read by the YAML library. If both agree on every example, both are right.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { Page } from 'playwright-core';
import { en } from '../../src/app/i18n/en.ts';
import { fr } from '../../src/app/i18n/fr.ts';
import { DIST } from './support/browser.ts';

export const EXAMPLES = ['indice-atmo', 'paris-arrondissements', 'seattle-weather'];
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ExpectedCell {
  /** Index among all cells, prose included, from 0 (the app shows index + 1). */
  index: number;
  code: boolean;
  source: string;
  options: string;
  declares: string[];
  words: string[];
  datasets: string[];
  inputs: string[];
  kind: 'parameter' | 'cell' | 'indicator' | 'prose';
  title: string | null;
}

export interface Expected {
  front: Record<string, unknown> & {
    title: string;
    datasets: Record<string, Record<string, unknown>>;
    transparency?: Record<string, unknown>;
  };
  cells: ExpectedCell[];
  nodes: Map<string, string>;
  edges: string[];
  /** Cell indices a cell depends on, transitively, itself included. */
  ancestors(index: number): number[];
  /** The section a cell is in, as a reader names it: the last heading above it, else the title. */
  section(index: number): string;
}

/** Code without its strings' text, comments, template text; `${...}` expressions kept. */
export function codeOnly(source: string): string {
  let out = '';
  const stack: ('template' | 'brace')[] = [];
  let i = 0;
  const inTemplate = () => stack.at(-1) === 'template';
  while (i < source.length) {
    const c = source[i];
    if (inTemplate()) {
      if (c === '\\') i += 2;
      else if (c === '`') {
        stack.pop();
        out += ' ';
        i++;
      } else if (c === '$' && source[i + 1] === '{') {
        stack.push('brace');
        out += ' ';
        i += 2;
      } else i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i + 2) + 2;
    } else if (c === "'" || c === '"') {
      i++;
      while (i < source.length && source[i] !== c) i += source[i] === '\\' ? 2 : 1;
      i++;
      out += ' 0 ';
    } else if (c === '`') {
      stack.push('template');
      i++;
    } else if (c === '{') {
      if (stack.length) stack.push('brace');
      out += c;
      i++;
    } else if (c === '}') {
      if (stack.at(-1) === 'brace') stack.pop();
      out += c;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function cellsOf(body: string): ExpectedCell[] {
  const cells: ExpectedCell[] = [];
  const fence = /^```js([^\n]*)\n([\s\S]*?)\n```$/gm;
  let last = 0;
  const prose = (text: string) => {
    if (text.trim())
      cells.push({
        index: cells.length,
        code: false,
        source: text.trim(),
        options: '',
        declares: [],
        words: [],
        datasets: [],
        inputs: [],
        kind: 'prose',
        title: null,
      });
  };
  for (const match of body.matchAll(fence)) {
    prose(body.slice(last, match.index));
    last = match.index + match[0].length;
    const options = match[1].trim();
    const source = match[2];
    const code = codeOnly(source);
    const declares = [...source.matchAll(/^(?:const|let|var|function|class)\s+(\w+)/gm)].map(
      (m) => m[1],
    );
    const words = [
      ...code
        // Member names and object keys are not references.
        .replace(/\.\s*[A-Za-z_$][\w$]*/g, ' ')
        .replace(/([{,]\s*)[A-Za-z_$][\w$]*\s*:/g, '$1 ')
        .matchAll(/[A-Za-z_$][\w$]*/g),
    ].map((m) => m[0]);
    const datasets = [...source.matchAll(/\bdataset\((['"`])([^'"`]+)\1\)/g)].map((m) => m[2]);
    const inputs = [...source.matchAll(/view\(Inputs\.\w+\([^\n]*?label: '([^']+)'/g)].map(
      (m) => m[1],
    );
    const indicator = /(^|\s)indicator(\s|$)/.test(options);
    cells.push({
      index: cells.length,
      code: true,
      source,
      options,
      declares,
      words: [...new Set(words)],
      datasets: [...new Set(datasets)],
      inputs,
      kind: indicator ? 'indicator' : /view\(Inputs\./.test(source) ? 'parameter' : 'cell',
      title: /title="([^"]+)"/.exec(options)?.[1] ?? null,
    });
  }
  prose(body.slice(last));
  return cells;
}

/** The expectations for `examples/<name>.algo.md`. */
export function expected(name: string): Expected {
  const text = readFileSync(join(ROOT, 'examples', `${name}.algo.md`), 'utf8');
  const end = text.indexOf('\n---\n', 4);
  const front = parseYaml(text.slice(4, end)) as Expected['front'];
  const cells = cellsOf(text.slice(end + 5));
  const code = cells.filter((c) => c.code);
  const nodes = new Map<string, string>();
  const edges: string[] = [];
  const reads = new Map<number, Set<number>>();
  for (const cell of code) {
    reads.set(cell.index, new Set());
    for (const d of cell.datasets) {
      nodes.set(`dataset:${d}`, 'dataset');
      edges.push(`dataset:${d}>cell:${cell.index}`);
    }
  }
  for (const cell of code) nodes.set(`cell:${cell.index}`, cell.kind);
  for (const reader of code)
    for (const writer of code) {
      if (writer === reader) continue;
      if (writer.declares.some((n) => reader.words.includes(n))) {
        edges.push(`cell:${writer.index}>cell:${reader.index}`);
        reads.get(reader.index)!.add(writer.index);
      }
    }
  const ancestors = (index: number): number[] => {
    const seen = new Set<number>();
    const visit = (i: number) => {
      if (seen.has(i)) return;
      seen.add(i);
      for (const j of reads.get(i) ?? []) visit(j);
    };
    visit(index);
    return [...seen].sort((a, b) => a - b);
  };
  const section = (index: number): string => {
    const above = cells
      .slice(0, index)
      .filter((c) => c.kind === 'prose')
      .flatMap((c) => c.source.split('\n').filter((line) => /^#{1,6} /.test(line)));
    return above.at(-1)?.replace(/^#+ /, '').trim() ?? front.title;
  };
  return { front, cells, nodes, edges: edges.sort(), ancestors, section };
}

/** The examples the built app lists (its copy of examples/). */
export function builtExamples(): string[] {
  const index = JSON.parse(readFileSync(join(DIST, 'examples/index.json'), 'utf8')) as {
    file: string;
  }[];
  return index.map((e) => e.file.replace(/\.algo\.md$/, ''));
}

/** Waits until every code cell has finished (done, error or interrupted). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const cells = [...document.querySelectorAll('[data-status]')];
      return (
        cells.length > 0 &&
        cells.every((c) => /^(done|error|interrupted)$/.test(c.getAttribute('data-status') ?? ''))
      );
    },
    null,
    { timeout: 30_000 },
  );
}

/**
 * Opens example `name`, waits until its cells have finished, and presses "How is this computed?"
 * on its key result `key`; `label` is that button's message in the page's language.
 */
export async function explainKeyResult(
  page: Page,
  appUrl: string,
  name: string,
  key: ExpectedCell,
  label: string,
): Promise<void> {
  await page.goto(`${appUrl}#/example/${name}.algo.md`);
  await settled(page);
  await page.getByRole('button', { name: label.replace('{title}', key.title!) }).click();
}

export const LOCALES = { en: 'en-US', fr: 'fr-FR' } as const;

/** Each language of the interface: its code, the browser's locale and the app's messages. */
export const LANGUAGES: [string, string, Record<keyof typeof en, string>][] = [
  ['en', LOCALES.en, en],
  ['fr', LOCALES.fr, fr],
];

/** The transparency card's author fields (`transparency:` keys), in the order the card shows them. */
export const CARD_FIELDS = [
  'purpose',
  'contribution',
  'automation',
  'legalBasis',
  'organisation',
  'administration',
  'status',
  'contact',
  'updated',
] as const;
