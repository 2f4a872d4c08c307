import { describe, expect, it } from 'vitest';
import { deriveCard } from '../../../src/core/citizen/card.ts';
import { cardGaps } from '../../../src/core/citizen/gaps.ts';
import { notebook, SHA } from './helpers.ts';

const FRONT = `algobook: 1
id: test
title: Test
datasets:
  rows:
    url: data/rows.csv
    format: csv
    sha256: ${SHA}
    license: etalab-2.0
    source: A city
    retrieved: 2026-01-02
  other:
    url: data/other.csv
    format: csv
    sha256: ${'cd'.repeat(32)}
transparency:
  purpose: Count the small rows
  legalBasis: "Arrêté du 1er janvier"
  contact: ""
`;

const cells = [
  'Read the data.',
  { js: "const rows = await dataset('rows');" },
  {
    js: "const limit = view(Inputs.range([0, 10], { label: 'Limit', step: 2 }));\nconst mode = view(Inputs.select(['a', 'b'], { label: 'Mode' }));",
  },
  'Keep the small ones.',
  { js: 'const kept = rows.filter(aq.escape((d) => d.x < limit));' },
  { js: 'kept.numRows()', options: 'indicator' },
  {
    js: "const noise = await dataset('other');\nconst on = view(Inputs.checkbox({ label: 'On' }));",
  },
];

describe('deriveCard', () => {
  it('has every key, the author fields as written and null where nothing is given', () => {
    const card = deriveCard(notebook(cells, FRONT));
    expect(Object.keys(card)).toEqual([
      'purpose',
      'contribution',
      'automation',
      'legalBasis',
      'administration',
      'data',
      'algorithms',
      'parameters',
      'operations',
      'contact',
      'updated',
      'status',
      'begin',
      'organisation',
      'theme',
      'risks',
      'humanReview',
    ]);
    expect(card).toMatchObject({
      purpose: 'Count the small rows',
      contribution: null,
      automation: null,
      legalBasis: 'Arrêté du 1er janvier',
      administration: null,
      // An empty text is nothing given.
      contact: null,
      updated: null,
      // The register fields, none written here.
      status: null,
      begin: null,
      organisation: null,
      theme: null,
      risks: null,
      humanReview: null,
    });
  });

  it("takes data, parameters and operations from the indicators' chains only", () => {
    const card = deriveCard(notebook(cells, FRONT));
    expect(card.data).toEqual([
      {
        name: 'rows',
        title: null,
        source: 'A city',
        license: 'etalab-2.0',
        sha256: SHA,
        retrieved: '2026-01-02',
        url: 'data/rows.csv',
      },
    ]);
    // The range's default is its middle, on a step; the select's its first option.
    expect(card.parameters).toEqual([
      { name: 'limit', label: 'Limit', value: 6, range: [0, 10] },
      { name: 'mode', label: 'Mode', value: 'a', range: ['a', 'b'] },
    ]);
    // Without headings or titles, each step is named by the notebook's title.
    expect(card.operations).toEqual([
      { cell: 1, name: 'Test', prose: 'Read the data.' },
      { cell: 4, name: 'Test', prose: 'Keep the small ones.' },
      { cell: 5, name: 'Test', prose: null },
    ]);
  });

  it("names each operation by the author's heading or the key result's title, heading not repeated", () => {
    const titled = [
      '## Read the rows\n\nFrom the city.',
      ...cells.slice(1, 3),
      '## Keep the small ones',
      cells[4],
      { js: 'kept.numRows()', options: 'indicator title="Small rows"' },
    ];
    const card = deriveCard(notebook(titled, FRONT));
    expect(card.operations).toEqual([
      { cell: 1, name: 'Read the rows', prose: 'From the city.' },
      { cell: 4, name: 'Keep the small ones', prose: null },
      { cell: 5, name: 'Small rows', prose: null },
    ]);
  });

  it('uses every cell when no indicator is marked, and an unpinned dataset has null fields', () => {
    const plain = cells.map((c) => (typeof c === 'string' ? c : { js: c.js }));
    plain.push({ js: "const ghost = await dataset('ghost');" });
    const card = deriveCard(notebook(plain));
    expect(card.data.map((d) => d.name)).toEqual(['rows', 'other', 'ghost']);
    expect(card.data[2]).toEqual({
      name: 'ghost',
      title: null,
      source: null,
      license: null,
      sha256: null,
      retrieved: null,
      url: null,
    });
    expect(card.parameters.map((p) => [p.name, p.value])).toEqual([
      ['limit', 6],
      ['mode', 'a'],
      ['on', false],
    ]);
    expect(card.purpose).toBeNull();
  });

  it('gives a parameter computed by the code as null, not a guess', () => {
    const card = deriveCard(
      notebook([
        {
          js: "const k = view(Inputs.select(Object.keys({ x: 1 }), { label: 'K' }));\nconst t = view(Inputs.range([0, n], { value: 2 }));\nconst n = 4;",
        },
      ]),
    );
    expect(card.parameters).toEqual([
      { name: 'k', label: 'K', value: null, range: null },
      { name: 't', label: null, value: 2, range: null },
    ]);
  });
});

describe('cardGaps', () => {
  it('lists the author fields, indicator, sources and prose still missing', () => {
    const gaps = cardGaps(notebook(cells, FRONT));
    expect(gaps).toEqual([
      { kind: 'field', field: 'contribution' },
      { kind: 'field', field: 'automation' },
      { kind: 'field', field: 'organisation' },
      { kind: 'field', field: 'administration' },
      { kind: 'field', field: 'status' },
      { kind: 'field', field: 'contact' },
      { kind: 'field', field: 'updated' },
      { kind: 'operation-prose', cell: 5 },
    ]);
    const bare = cardGaps(notebook([{ js: "const r = await dataset('r');\nview(Inputs.text())" }]));
    expect(bare).toContainEqual({ kind: 'no-indicator' });
    expect(bare).toContainEqual({ kind: 'dataset-unpinned', dataset: 'r' });
    expect(bare).toContainEqual({ kind: 'parameter-label', cell: 0, name: null });
  });
});
