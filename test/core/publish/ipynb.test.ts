import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/format/parse.ts';
import { canonicalText } from '../../../src/core/publish/canonical-text.ts';
import { PublishError } from '../../../src/core/publish/errors.ts';
import { fromIpynb } from '../../../src/core/publish/ipynb-import.ts';
import { toIpynb, VEGA_LITE_MIME } from '../../../src/core/publish/ipynb-export.ts';
import { examples, small } from './fixtures.ts';
import { smallOutputs } from './outputs.ts';

describe('toIpynb', () => {
  it('writes nbformat 4.5 with cell ids, markdown and JavaScript code cells, and the front matter', async () => {
    const nb = small();
    const ipynb = JSON.parse(await toIpynb(nb, smallOutputs(nb)));
    expect(ipynb.nbformat).toBe(4);
    expect(ipynb.nbformat_minor).toBe(5);
    expect(ipynb.metadata.kernelspec.language).toBe('javascript');
    expect(ipynb.metadata.language_info.name).toBe('javascript');
    expect(ipynb.metadata.algobook).toEqual(JSON.parse(JSON.stringify(nb.front)));
    expect(
      ipynb.cells.map((c: { id: string; cell_type: string }) => `${c.id} ${c.cell_type}`),
    ).toEqual(['cell-1 markdown', 'cell-2 code', 'cell-3 code', 'cell-4 code']);
    expect(ipynb.cells[0].source).toEqual(['# Small\n', '\n', 'Some prose.']);
    expect(ipynb.cells[3].metadata).toEqual({
      algobook: { options: 'echo=false' },
      jupyter: { source_hidden: true },
    });
    expect(ipynb.cells.slice(1).map((c: { execution_count: number }) => c.execution_count)).toEqual(
      [1, 2, 3],
    );
  });

  it('gives each output its Jupyter form: text, an HTML table, Vega-Lite with an SVG, an error', async () => {
    const nb = small();
    const ipynb = JSON.parse(await toIpynb(nb, smallOutputs(nb)));
    const [table, chart, markdown] = ipynb.cells[2].outputs;
    expect(table.output_type).toBe('display_data');
    const html = table.data['text/html'].join('');
    expect(html).toContain('<th scope="col" title="utf8">name</th>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<td>2024-01-02T00:00:00.000Z</td>');
    expect(chart.data[VEGA_LITE_MIME].mark).toBe('bar');
    expect(chart.data[VEGA_LITE_MIME].$schema).toMatch(/vega-lite\/v5\.json$/);
    expect(chart.data['image/svg+xml'].join('')).toMatch(/^<svg[^>]*>.*<\/svg>$/s);
    expect(markdown.data['text/markdown']).toEqual(['**bold** <img src=x onerror=alert(1)>']);
    const [value, error] = ipynb.cells[3].outputs;
    expect(value).toEqual({
      output_type: 'execute_result',
      execution_count: 3,
      data: { 'text/plain': ['2100'] },
      metadata: {},
    });
    expect(error).toEqual({
      output_type: 'error',
      ename: 'TypeError',
      evalue: 'x is <not> a function',
      traceback: ['TypeError: x is <not> a function'],
    });
    expect(ipynb.cells[1].outputs[0].data['text/plain']).toEqual(['Seuil: 50']);
  });

  it('leaves cells that were not run without outputs', async () => {
    const ipynb = JSON.parse(await toIpynb(small()));
    expect(ipynb.cells[1]).toMatchObject({ execution_count: null, outputs: [] });
  });
});

describe('fromIpynb', () => {
  it('gives back every example exported by algobook', async () => {
    for (const { text } of examples()) {
      const nb = parse(text);
      expect(canonicalText(fromIpynb(await toIpynb(nb)))).toBe(canonicalText(nb));
    }
  });

  it('imports a Jupyter notebook of JavaScript, titled by its metadata or first heading', () => {
    const nb = fromIpynb(
      JSON.stringify({
        nbformat: 4,
        nbformat_minor: 2,
        metadata: { kernelspec: { name: 'deno', language: 'typescript' } },
        cells: [
          { cell_type: 'markdown', metadata: {}, source: ['# Budget participatif\n', 'Texte.'] },
          {
            cell_type: 'code',
            metadata: {},
            source: 'const x = 1;\n',
            outputs: [],
            execution_count: 1,
          },
          { cell_type: 'raw', metadata: {}, source: 'raw text' },
        ],
      }),
    );
    expect(nb.front).toEqual({
      algobook: 1,
      id: 'budget-participatif',
      title: 'Budget participatif',
    });
    expect(nb.cells.map((c) => [c.kind, c.source])).toEqual([
      ['markdown', '# Budget participatif\nTexte.'],
      ['code', 'const x = 1;'],
      ['markdown', 'raw text'],
    ]);
  });

  function failure(text: string): string {
    try {
      fromIpynb(text);
    } catch (error) {
      if (error instanceof PublishError) return `${error.code}: ${error.message}`;
      throw error;
    }
    return 'imported';
  }

  const nb4 = (more: object) =>
    JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [], ...more });

  it.each([
    [
      '{"nbformat": 4,',
      /^ipynb-not-json: This file is not a Jupyter notebook: it is not valid JSON/,
    ],
    ['[1, 2]', /^ipynb-not-notebook: .*no "nbformat"/],
    ['{"cells": []}', /^ipynb-not-notebook/],
    [
      JSON.stringify({ nbformat: 3, worksheets: [] }),
      /^ipynb-nbformat: This Jupyter notebook is in format version 3; algobook reads version 4/,
    ],
    [
      nb4({ metadata: { kernelspec: { name: 'python3', language: 'python' } } }),
      /^ipynb-language: This notebook is written in Python; algobook runs JavaScript only/,
    ],
    [
      nb4({ metadata: { language_info: { name: 'R' } } }),
      /^ipynb-language: This notebook is written in R/,
    ],
    [nb4({ cells: undefined }), /^ipynb-no-cells/],
    [nb4({ cells: [42] }), /^ipynb-bad-cell: Cell 1 of this Jupyter notebook is not an object/],
    [nb4({ cells: [{ cell_type: 'markdown' }] }), /^ipynb-bad-cell: Cell 1 .* has no "source"/],
    [
      nb4({ cells: [{ cell_type: 'code', source: [1] }] }),
      /^ipynb-bad-cell: .*"source" that is not text/,
    ],
    [
      nb4({ cells: [{ cell_type: 'heading', source: 'x' }] }),
      /^ipynb-bad-cell: .*unknown type "heading"/,
    ],
    [
      nb4({ metadata: { algobook: { algobook: 1, id: 'x' } } }),
      /^ipynb-front: This notebook's algobook metadata is not valid: the front matter needs `title`/,
    ],
    [
      nb4({ metadata: { algobook: { algobook: 1, id: 'x', title: 'T', version: 'two' } } }),
      /^ipynb-front: .*`version` must be a whole number/,
    ],
  ])('refuses %s with a clear message', (text, message) => {
    expect(failure(text)).toMatch(message);
  });
});
