import { describe, expect, it } from 'vitest';
import { parse, serialize } from '../../../src/core/format/index.ts';
import { parseDataset } from '../../../src/core/data/parse-dataset.ts';
import { describeTable } from '../../../src/core/runtime/dataset-info.ts';
import { NotebookRuntime } from '../../../src/core/runtime/index.ts';
import { sha256Hex } from '../../../src/core/data/sha256.ts';
import type { RunnerEvent } from '../../../src/core/runtime/events.ts';
import type { ColumnType } from '../../../src/core/format/types.ts';

// Column names as French portals write them: accents, spaces, punctuation, a superscript.
const CSV =
  'code-insee,libellé,Nom de la commune,surface (km²),"prix, en €"\n' +
  '01004,Ambérieu,Ambérieu-en-Bugey,24.6,3\n' +
  '2A004,Ajaccio,Ajaccio,82.03,4\n';
const bytes = new TextEncoder().encode(CSV);
const FORCED: Record<string, ColumnType> = {
  'code-insee': 'string',
  libellé: 'string',
  'Nom de la commune': 'string',
  'surface (km²)': 'number',
  'prix, en €': 'integer',
};

describe('column names with accents, spaces and punctuation', () => {
  it('keep their forced types through the front matter (YAML round trip)', () => {
    const text = `---\nalgobook: 1\nid: a\ntitle: A\ndatasets:\n  d:\n    url: d.csv\n    format: csv\n    sha256: ${'a'.repeat(64)}\n---\n\n\`\`\`js\n1\n\`\`\`\n`;
    const notebook = parse(text);
    notebook.front.datasets!.d.columns = FORCED;
    const again = parse(serialize(notebook));
    expect(again.front.datasets?.d.columns).toEqual(FORCED);
    expect(serialize(again)).toBe(serialize(notebook));
  });

  it('are read with their forced types applied, and described as such', async () => {
    const table = await parseDataset(bytes, 'csv', 'd', { columns: FORCED });
    expect(table.columnNames()).toEqual(Object.keys(FORCED));
    expect(table.array('code-insee')).toEqual(['01004', '2A004']);
    expect(table.array('surface (km²)')).toEqual([24.6, 82.03]);
    expect(describeTable(table, FORCED).columns.map((c) => [c.name, c.type])).toEqual(
      Object.entries(FORCED),
    );
  });

  it('work in cells: d["libellé"], aq.escape and op in derive, filter and rollup', async () => {
    const spec = { url: 'd.csv', format: 'csv' as const, sha256: await sha256Hex(bytes) };
    const outputs: Record<string, unknown> = {};
    const errors: unknown[] = [];
    const runtime = new NotebookRuntime(
      {
        loadDataset: async () => bytes.slice(),
        onEvent: (event: RunnerEvent) => {
          if (event.kind === 'output' && event.output.kind === 'value')
            outputs[event.cellId] = event.output.value;
          if (event.kind === 'error') errors.push(event.error);
        },
      },
      { datasets: { d: spec } },
    );
    runtime.update([
      { id: 't', source: 'const t = await dataset("d")' },
      {
        id: 'a',
        source:
          't.derive({ dens: (d) => d["surface (km²)"] * 2 }).filter((d) => op.startswith(d["Nom de la commune"], "Amb")).array("dens")',
      },
      { id: 'b', source: 't.rollup({ s: op.sum("surface (km²)") }).get("s", 0)' },
      {
        id: 'c',
        source: 't.filter(aq.escape((d) => d["libellé"].startsWith("Aj"))).array("code-insee")',
      },
      {
        id: 'e',
        source: 't.params({ n: "Ajaccio" }).filter((d, $) => d["libellé"] === $.n).numRows()',
      },
    ]);
    await runtime.idle();
    expect(errors).toEqual([]);
    expect(outputs).toEqual({ a: [49.2], b: 24.6 + 82.03, c: ['2A004'], e: 1 });
    runtime.dispose();
  });
});
