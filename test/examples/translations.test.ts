/**
 * The French examples compute what the English ones compute. Both versions of each example run
 * in Node with the core runtime, as `algobook run` does (inputs at their defaults); their code
 * cells must match one to one by the names they declare, every cell's output digest must agree
 * except the cells listed as presentation-only below, and every name's value must agree.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analysis/index.ts';
import { newCellId } from '../../src/core/format/ids.ts';
import { parse } from '../../src/core/format/index.ts';
import type { CodeCell, Notebook } from '../../src/core/format/types.ts';
import { withFiles } from '../../src/cli/load-dataset.ts';
import { runNotebook } from '../../src/cli/run-notebook.ts';
import { scopedDatasetLoader } from '../../src/cli/scoped-datasets.ts';
import { downloadLoader } from '../../src/core/imports/download-loader.ts';
import { importSource } from '../../src/core/imports/module-source.ts';
import { resolveImports } from '../../src/core/imports/resolve.ts';
import { pathToFileURL } from 'node:url';

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));
const read = (file: string) => parse(readFileSync(join(EXAMPLES, file), 'utf8'));

/**
 * Cells whose outputs are words for the reader (Markdown sentences, chart titles and axes, an
 * input whose value is a label), by the names they declare: their digests differ between the
 * two languages, and exactly these do. What they compute is compared by name below. (An input's
 * digest is its value, not its label.)
 */
const PRESENTATION: Record<string, string[]> = {
  'atmo-sub-index': ['curve'],
  'atmo-who-guideline': ['byArrete,byWho', 'compared'],
  'indice-atmo': ['bounds,changed,rules,written', 'deciders,worst', 'COLOURS'],
  'paris-arrondissements': ['measure,measures,withoutWoods', '(expression 1)', 'density,totals'],
  'seattle-weather': ['year,years', 'COLOURS,MONTHS,TYPES,perMonth', 'check,get'],
};

/**
 * Names whose values hold words, compared through an expression without them; `null` for a
 * label that is only words (what it selects is compared through the names that read it).
 */
const SUB_INDEX = "[0, 5, 10, 11, 30, 80].map((c) => subIndex('PM2.5', c)).concat(subIndex('NO2', 100))";
const WORDS: Record<string, Record<string, string | null>> = {
  // Functions, compared through what they compute (their error messages are in each language).
  'atmo-sub-index': { subIndex: SUB_INDEX },
  'atmo-who-guideline': { subIndex: SUB_INDEX, who: SUB_INDEX.replace(/subIndex\(/g, 'who.subIndex(') },
  'indice-atmo': { changed: 'changed.length' },
  'paris-arrondissements': {
    measures: 'Object.values(measures)',
    measure: 'measures[measure]',
  },
  'seattle-weather': {
    year: null,
    MONTHS: 'MONTHS.length',
    perMonth: "perMonth.select(aq.not('month_name'))",
  },
};

/** A code cell's key: the names it declares, sorted; an expression cell by its rank. */
function cellKeys(notebook: Notebook): string[] {
  let expressions = 0;
  return codeCells(notebook).map((cell) => {
    const names = analyze(cell.source).declarations.toSorted();
    return names.length ? names.join(',') : `(expression ${++expressions})`;
  });
}

const codeCells = (notebook: Notebook) =>
  notebook.cells.filter((cell): cell is CodeCell => cell.kind === 'code');

/**
 * Runs the notebook with one cell more per probe, `display(<expression>)`, and returns each
 * code cell's digest by key, and each probe's by name.
 */
async function run(notebook: Notebook, file: string, probes: Record<string, string>) {
  // Its imports, read from the examples beside it and checked against their pins.
  const imports = await resolveImports(
    notebook.front,
    pathToFileURL(join(EXAMPLES, file)).href,
    downloadLoader(withFiles(() => Promise.reject(new Error('no network')))),
  );
  const names = Object.keys(probes);
  const probeCells: CodeCell[] = names.map((name) => ({
    kind: 'code',
    id: newCellId(),
    source: `display(${probes[name]})`,
    options: '',
  }));
  let digests: string[] = [];
  const cells = await runNotebook(
    { ...notebook, cells: [...notebook.cells, ...probeCells] },
    {
      lines: [],
      loadDataset: scopedDatasetLoader(
        { text: '', notebook, name: file, base: { kind: 'dir', dir: EXAMPLES, file: join(EXAMPLES, file) } },
        imports,
        { report: () => {} },
      ),
      imports: Object.fromEntries(
        Object.entries(imports).map(([name, entry]) => [name, importSource(entry)]),
      ),
      settled: (runtime) => (digests = runtime.digests().map((result) => result.sha256)),
    },
  );
  const failed = cells.filter((cell) => cell.kind === 'code' && cell.status !== 'done');
  expect(failed.map((cell) => cell.source)).toEqual([]);
  const keys = cellKeys(notebook);
  return {
    cells: Object.fromEntries(keys.map((key, i) => [key, digests[i]])),
    names: Object.fromEntries(names.map((name, i) => [name, digests[keys.length + i]])),
  };
}

const french = readdirSync(EXAMPLES)
  .filter((file) => file.endsWith('.fr.algo.md'))
  .sort();

describe('French examples', () => {
  it('translate each English example', () => {
    expect(french.map((file) => read(file).front.translationOf)).toEqual(
      Object.keys(PRESENTATION),
    );
  });

  describe.each(french)('%s', (file) => {
    const fr = read(file);
    const id = String(fr.front.translationOf);
    const en = read(`${id}.algo.md`);

    it('is French, and pins the same datasets', () => {
      expect(fr.front.lang).toBe('fr');
      expect(en.front.lang ?? 'en').toBe('en');
      const pins = (notebook: Notebook) =>
        Object.entries(notebook.front.datasets ?? {}).map(([name, d]) => ({
          name,
          url: d.url,
          format: d.format,
          sha256: d.sha256,
          bytes: d.bytes,
          license: d.license,
        }));
      expect(pins(fr)).toEqual(pins(en));
    });

    it('has the same code cells, declaring the same names', () => {
      expect(cellKeys(fr)).toEqual(cellKeys(en));
    });

    it('computes the same values: digests differ only in presentation-only cells', async () => {
      const words = WORDS[id] ?? {};
      const names = cellKeys(en).flatMap((key) => (key.startsWith('(') ? [] : key.split(',')));
      const probes: Record<string, string> = {};
      for (const name of names) {
        const probe = name in words ? words[name] : name;
        if (probe !== null) probes[name] = probe;
      }
      const [ran, translated] = await Promise.all([run(en, `${id}.algo.md`, probes), run(fr, file, probes)]);

      expect(translated.names).toEqual(ran.names);
      const differing = Object.keys(ran.cells).filter(
        (key) => ran.cells[key] !== translated.cells[key],
      );
      expect(differing).toEqual(PRESENTATION[id]);
    });
  });
});
