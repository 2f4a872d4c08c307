import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/parse.ts';
import type { Notebook } from '../../../src/core/format/types.ts';
import { diffNotebooks, lineDiff } from '../../../src/core/publish/diff.ts';
import { freezeVersion } from '../../../src/core/publish/freeze.ts';
import { small, SHA_A } from './fixtures.ts';

function edit(nb: Notebook, change: (nb: Notebook) => void): Notebook {
  const copy = structuredClone(nb);
  change(copy);
  return copy;
}

const rows = (a: Notebook, b: Notebook) =>
  diffNotebooks(a, b).cells.map((row) =>
    row.kind === 'same' || row.kind === 'changed'
      ? `${row.kind} ${row.a}->${row.b}`
      : row.kind === 'added'
        ? `added ->${row.b}`
        : `removed ${row.a}->`,
  );

describe('diffNotebooks', () => {
  it('finds nothing between a notebook and itself, nor in the publish keys', () => {
    const nb = small();
    const published = freezeVersion(nb, { message: 'm', results: [], now: new Date(0) }).notebook;
    const diff = diffNotebooks(nb, published);
    expect(diff.same).toBe(true);
    expect(rows(nb, published)).toEqual(['same 0->0', 'same 1->1', 'same 2->2', 'same 3->3']);
  });

  it('aligns cells: an edited cell is changed, with a line diff, not removed and added', () => {
    const a = small();
    const b = edit(a, (nb) => {
      nb.cells[2].source = 'const total = 40 + 3;';
    });
    const diff = diffNotebooks(a, b);
    expect(rows(a, b)).toEqual(['same 0->0', 'same 1->1', 'changed 2->2', 'same 3->3']);
    const changed = diff.cells[2];
    expect(changed.kind === 'changed' && changed.lines).toEqual([
      { kind: 'removed', text: 'const total = 40 + 2;' },
      { kind: 'added', text: 'const total = 40 + 3;' },
    ]);
    expect(diff.same).toBe(false);
  });

  it('tells inserted and deleted cells from edited ones around them', () => {
    const a = small();
    const b = edit(a, (nb) => {
      nb.cells.splice(1, 1); // the parameter cell goes
      nb.cells.splice(2, 0, {
        kind: 'markdown',
        id: 'new',
        source: 'A brand new paragraph, unlike any other.',
      });
      nb.cells.push({ kind: 'code', id: 'new2', source: 'total', options: '' });
    });
    expect(rows(a, b)).toEqual([
      'same 0->0',
      'removed 1->',
      'same 2->1',
      'added ->2',
      'same 3->3',
      'added ->4',
    ]);
  });

  it('reports a changed option of a code cell', () => {
    const a = small();
    const b = edit(a, (nb) => {
      const cell = nb.cells[3];
      if (cell.kind === 'code') cell.options = '';
    });
    const row = diffNotebooks(a, b).cells[3];
    expect(row.kind).toBe('changed');
    expect(row.kind === 'changed' && row.options).toEqual({ before: 'echo=false', after: '' });
  });

  it('reports datasets added, removed and changed, naming the fields', () => {
    const a = small();
    const b = edit(a, (nb) => {
      const pop = nb.front.datasets!.pop;
      nb.front.datasets = {
        pop: { ...pop, sha256: SHA_A, license: 'ODbL-1.0' },
        zones: { url: 'z.csv', format: 'csv', sha256: SHA_A },
      };
    });
    const { datasets } = diffNotebooks(a, b);
    expect(datasets.map((d) => [d.name, d.kind, d.fields])).toEqual([
      ['pop', 'changed', ['sha256', 'license']],
      ['zones', 'added', []],
    ]);
    expect(diffNotebooks(b, a).datasets.map((d) => [d.name, d.kind])).toEqual([
      ['pop', 'changed'],
      ['zones', 'removed'],
    ]);
  });

  it('reports parameters (Inputs.*) changed, added and removed, by variable or label', () => {
    const a = small();
    const b = edit(a, (nb) => {
      nb.cells[1].source =
        'const seuil = view(Inputs.range([0, 200], {label: "Seuil", value: 50}))';
      nb.cells.push({
        kind: 'code',
        id: 'x',
        source: 'view(Inputs.select(["a", "b"], {label: "Zone"}))',
        options: '',
      });
    });
    expect(diffNotebooks(a, b).parameters).toEqual([
      {
        name: 'seuil',
        kind: 'changed',
        before: 'Inputs.range([0, 100], {label: "Seuil", value: 50})',
        after: 'Inputs.range([0, 200], {label: "Seuil", value: 50})',
      },
      { name: 'Zone', kind: 'added', after: 'Inputs.select(["a", "b"], {label: "Zone"})' },
    ]);
  });

  it('reports the licence and other front-matter keys that changed', () => {
    const a = small();
    const b = edit(a, (nb) => {
      nb.front.license = 'MIT';
      nb.front.title = 'Smaller';
    });
    const diff = diffNotebooks(a, b);
    expect(diff.license).toEqual({ before: 'EUPL-1.2', after: 'MIT' });
    expect(diff.front).toEqual([{ key: 'title', before: 'Small', after: 'Smaller' }]);
  });

  it('compares a fork with its origin', () => {
    const origin = small();
    const fork = parse(
      `---\nalgobook: 1\nid: small-fork\ntitle: Small\nlicense: EUPL-1.2\nforkOf:\n  id: small\n  version: 1\n  sha256: ${SHA_A}\n---\n\n# Small\n`,
    );
    const diff = diffNotebooks(origin, fork);
    expect(diff.front).toEqual([{ key: 'id', before: 'small', after: 'small-fork' }]);
    expect(diff.datasets.map((d) => d.kind)).toEqual(['removed']);
    expect(diff.cells.filter((row) => row.kind === 'removed').length).toBe(3);
  });
});

describe('lineDiff', () => {
  it('keeps unchanged lines and marks the others', () => {
    expect(lineDiff('a\nb\nc', 'a\nB\nc\nd')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'B' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
  });
});
