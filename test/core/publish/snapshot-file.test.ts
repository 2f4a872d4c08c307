import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/parse.ts';
import { snapshotFileText } from '../../../src/core/publish/snapshot-file.ts';
import { readSnapshot } from '../../../src/core/publish/snapshot.ts';
import type { ExportOutput } from '../../../src/core/publish/types.ts';
import { SHA_A } from './fixtures.ts';

const notebook = parse(
  [
    '---',
    'algobook: 1',
    'id: s',
    'title: S',
    '---',
    '',
    '```js',
    '1',
    '```',
    '',
    '```js',
    '2',
    '```',
    '',
    '```js',
    '3',
    '```',
    '',
  ].join('\n'),
);
const [one, two, three] = notebook.cells.filter((c) => c.kind === 'code');

describe('snapshotFileText', () => {
  it('writes values JSON cannot hold as text, and leaves out a cell it cannot write or a reader would refuse', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const outputs = new Map<string, ExportOutput[]>([
      [one.id, [{ kind: 'value', value: { big: 2n ** 64n, when: new Date(0) } }]],
      [two.id, [{ kind: 'value', value: cyclic }]],
      // Not an output a reader accepts: a field no output has.
      [three.id, [{ kind: 'markdown', markdown: 'x', html: '<b>' } as ExportOutput]],
    ]);
    const read = readSnapshot(snapshotFileText(notebook, outputs, SHA_A), SHA_A);
    expect(read).toEqual({
      ok: true,
      snapshot: {
        format: 'algobook-outputs/1',
        notebook: SHA_A,
        cells: [
          {
            cell: 1,
            outputs: [
              {
                kind: 'value',
                value: { big: '18446744073709551616', when: '1970-01-01T00:00:00.000Z' },
              },
            ],
          },
          { cell: 2, outputs: [], omitted: true },
          { cell: 3, outputs: [], omitted: true },
        ],
      },
    });
  });
});
