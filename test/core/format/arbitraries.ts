/**
 * fast-check generators of notebooks, for the round-trip properties. Markdown is tricky on
 * purpose (inline backticks, fenced blocks of other languages holding `js` fences, lines that
 * look like front matter, unicode); it holds no `js` fence and no fence left open, the one
 * thing a file cannot tell from code cells. Sources may have blank lines at either end, CR line
 * breaks, empty or adjacent markdown cells: `normalize` covers those.
 */
import fc from 'fast-check';
import type { Cell, DatasetSpec, FrontMatter, Notebook } from '../../../src/core/format/types.ts';

const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const tricky = fc.constantFrom(
  '`code`',
  '``a`b``',
  '```js',
  '~~~',
  '---',
  '...',
  '***',
  '===',
  '# Title',
  '- item',
  '1. item',
  '> quote',
  '> ```js',
  '<div>',
  '| a | b |',
  '\\`',
  'js',
  'é',
  '数据',
  '🎉',
  '$x$',
  '',
  ' ',
  '\t',
  '\u00a0',
  '\u2028',
  '\f',
);
const words = fc
  .array(fc.oneof(text, tricky), { minLength: 1, maxLength: 5 })
  .map((ws) => ws.join(' '));
const indent = fc.constantFrom('', ' ', '   ', '    ', '\t');

/** One line of text: never a fence opener, which would run to the end of the cell. */
const proseLine = fc
  .tuple(indent, words)
  .map(([pad, line]) => `${pad}${line}`.replace(/[\r\n]/g, ' '))
  .map((line) => (/^ {0,3}(`{3,}|~{3,})/.test(line) ? `x${line}` : line));

/** A closed fenced block of another language; its lines may look like fences but cannot close it. */
const otherBlock = fc
  .record({
    char: fc.constantFrom('`', '~'),
    length: fc.integer({ min: 3, max: 5 }),
    extra: fc.integer({ min: 0, max: 2 }),
    pad: fc.constantFrom('', '  '),
    info: fc.constantFrom('', 'python', 'sql {.x}', 'JS', 'js-x', 'jsx', 'javascript', 'json'),
    lines: fc.array(fc.oneof(proseLine, fc.constantFrom('```js', '~~~js', '```', '~~~', '````')), {
      maxLength: 4,
    }),
  })
  .map(({ char, length, extra, pad, info, lines }) => {
    const closes = new RegExp(`^ {0,3}\\${char}{${length},}[ \\t]*$`);
    const body = lines.map((line) => (closes.test(line) ? `x${line}` : line));
    const fence = char.repeat(length);
    return [`${pad}${fence}${info}`, ...body, `${pad}${fence}${char.repeat(extra)}`].join('\n');
  });

const proseBlock = fc.oneof(
  fc.array(proseLine, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n')),
  otherBlock,
);
const blank = fc.constantFrom('', '\n', '\n\n', '\n  \n', '\r\n');

/** A markdown source, not normalized: blank edges, CRLF, sometimes nothing at all. */
export const markdownSource = fc
  .tuple(
    blank,
    fc.array(proseBlock, { maxLength: 3 }),
    fc.constantFrom('\n', '\n\n', '\r\n'),
    blank,
  )
  .map(([before, blocks, between, after]) => `${before}${blocks.join(between)}${after}`);

/** Code: any text, including lines that would close a short fence. */
export const codeSource = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom('```', '````', '~~~', '   ```js', '`', '', '  ', 'md`# x`', '\r', '---'),
    ),
    { maxLength: 6 },
  )
  .map((lines) => lines.join('\n'));

export const options = fc
  .array(
    fc.oneof(
      fc.constantFrom('echo=false', 'indicator', 'a`b`', '~~~', '```', 'é', ' ', '\n', '\u2028'),
      text,
    ),
    {
      maxLength: 3,
    },
  )
  .map((parts) => parts.join(' '));

const cell: fc.Arbitrary<Omit<Cell, 'id'>> = fc.oneof(
  markdownSource.map((source) => ({ kind: 'markdown' as const, source })),
  fc.record({ kind: fc.constant('code' as const), source: codeSource, options }),
);

const key = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 10 })
  .filter(
    (k) => !['algobook', 'id', 'title', 'summary', 'license', 'datasets', '__proto__'].includes(k),
  );
// A dataset needs a name that is not blank.
const datasetName = key.filter((k) => k.trim() !== '');
// JSON values as YAML can keep them (no -0), nested objects included.
const unknownValue = fc
  .jsonValue({ maxDepth: 3 })
  .map((v) => JSON.parse(JSON.stringify(v)) as unknown);

const dataset: fc.Arbitrary<DatasetSpec> = fc.record(
  {
    url: fc.oneof(fc.webUrl(), fc.constantFrom('data/p.csv', '../d.arrow', 'a b.tsv')),
    format: fc.constantFrom('csv', 'tsv', 'json', 'geojson', 'arrow', 'parquet' as const),
    sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
    bytes: fc.nat(),
    license: fc.constantFrom('etalab-2.0', 'ODbL-1.0', 'CC-BY-4.0'),
    source: text,
    title: text,
    retrieved: fc.constantFrom('2024-05-01', '2019-12-31'),
    mirrors: fc.array(fc.oneof(fc.webUrl(), fc.constantFrom('data/copy.csv', '../m.parquet')), {
      maxLength: 2,
    }),
    portal: fc.record(
      {
        kind: fc.constantFrom('opendatasoft', 'udata', 'ckan' as const),
        base: fc.webUrl(),
        dataset: datasetName,
        resource: datasetName,
      },
      { requiredKeys: ['kind', 'base', 'dataset'] },
    ),
    query: fc.record(
      {
        select: fc.constantFrom('a, b', 'count(*) as n'),
        where: fc.constantFrom('a > 1', 'b = "x: y"'),
        group_by: fc.constant('a'),
        order_by: fc.constant('a desc'),
      },
      { requiredKeys: [] },
    ),
    modified: fc.constantFrom('2024-01-22T06:00:04+00:00', '2023-11-20'),
    columns: fc.dictionary(
      datasetName,
      fc.constantFrom('string', 'number', 'integer', 'boolean', 'date' as const),
      { maxKeys: 3 },
    ),
    csv: fc.record(
      {
        delimiter: fc.constantFrom(',', ';', '\t', '|' as const),
        decimal: fc.constantFrom('.', ',' as const),
        encoding: fc.constantFrom('utf-8', 'utf-16le', 'utf-16be', 'windows-1252' as const),
        dates: fc.constantFrom('iso', 'dmy', 'none' as const),
        header: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    extra: fc.dictionary(key, unknownValue, { maxKeys: 2 }),
  },
  { requiredKeys: ['url', 'format', 'sha256'] },
);

export const frontMatter: fc.Arbitrary<FrontMatter> = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/),
    title: fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
      .filter((t) => t.trim() !== ''),
    rest: fc.array(
      fc.oneof(
        fc.tuple(fc.constant('summary'), fc.string({ unit: 'grapheme', maxLength: 80 })),
        fc.tuple(fc.constant('license'), fc.constantFrom('EUPL-1.2', 'MIT')),
        fc.tuple(
          fc.constant('authors'),
          fc.array(fc.record({ name: text, orcid: text }), { maxLength: 2 }),
        ),
        fc.tuple(fc.constant('datasets'), fc.dictionary(datasetName, dataset, { maxKeys: 3 })),
        fc.tuple(key, unknownValue),
      ),
      { maxLength: 6 },
    ),
  })
  .map(({ id, title, rest }) => ({ algobook: 1 as const, id, title, ...Object.fromEntries(rest) }));

/** A notebook, not necessarily in normal form. */
export const notebook: fc.Arbitrary<Notebook> = fc
  .tuple(frontMatter, fc.array(cell, { maxLength: 8 }))
  .map(([front, cells]) => ({
    front,
    cells: cells.map((c, i) => ({ ...c, id: `g${i}` }) as Cell),
  }));
