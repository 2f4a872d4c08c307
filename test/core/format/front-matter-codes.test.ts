import { describe, expect, it } from 'vitest';
import { errorText } from '../../../src/core/errors/index.ts';
import { FormatError } from '../../../src/core/format/errors.ts';
import { parse } from '../../../src/core/format/parse.ts';
import { FRONT, file } from './helpers.ts';

const SHA = 'a'.repeat(64);
/** Dataset `d` on lines 6 to 9, then `extra` from line 10. */
const ds = (extra = '', spec = `    url: a.csv\n    format: csv\n    sha256: ${SHA}\n`) =>
  `${FRONT}datasets:\n  d:\n${spec}${extra}`;

/** Front matter that is not valid, and the code and line each check reports it with. */
const CASES: [front: string, code: string, line: number][] = [
  ['', 'format-empty', 1],
  ['- a\n', 'format-not-mapping', 2],
  ['id: x\ntitle: y\n', 'format-version-missing', 1],
  ['algobook: 2\nid: x\ntitle: y\n', 'format-version-unsupported', 2],
  [`${FRONT}transparency: 3\n`, 'format-transparency-not-mapping', 5],
  [`${FRONT}transparency:\n  updated: 2026\n`, 'format-date-not-text', 6],
  [`${FRONT}transparency:\n  purpose: 3\n`, 'format-key-not-text', 6],
  [`${FRONT}transparency:\n  status: maybe\n`, 'format-status-value', 6],
  [`${FRONT}transparency:\n  begin: 2024-13\n`, 'format-begin-not-month', 6],
  [`${FRONT}transparency:\n  begin: 2024\n`, 'format-date-not-text', 6],
  [`${FRONT}version: 0\n`, 'format-not-whole', 5],
  [`${FRONT}published: hier\n`, 'format-not-date-time', 5],
  [`${FRONT}message: 3\n`, 'format-key-not-text', 5],
  [`${FRONT}parent: abc\n`, 'format-parent-not-sha256', 5],
  [`${FRONT}results: 3\n`, 'format-results-not-list', 5],
  [`${FRONT}results: [3]\n`, 'format-result-not-mapping', 5],
  [`${FRONT}results: [{cell: 0, sha256: ${SHA}}]\n`, 'format-result-cell', 5],
  [
    `${FRONT}results: [{cell: 1, sha256: ${SHA}}, {cell: 1, sha256: ${SHA}}]\n`,
    'format-result-twice',
    5,
  ],
  [`${FRONT}results: [{cell: 1, sha256: x}]\n`, 'format-result-sha256', 5],
  [`${FRONT}results: [{cell: 1, sha256: ${SHA}, value: 3}]\n`, 'format-result-value', 5],
  [`${FRONT}forkOf: 3\n`, 'format-fork-not-mapping', 5],
  [`${FRONT}forkOf:\n  version: 1\n  sha256: ${SHA}\n`, 'format-fork-id', 5],
  [`${FRONT}forkOf:\n  id: a\n  version: 0\n  sha256: ${SHA}\n`, 'format-not-whole', 7],
  [`${FRONT}forkOf:\n  id: a\n  version: 1\n  sha256: x\n`, 'format-not-sha256', 8],
  [
    `${FRONT}forkOf:\n  id: a\n  version: 1\n  sha256: ${SHA}\n  url: 3\n`,
    'format-key-not-text',
    9,
  ],
  [`${FRONT}datasets: 3\n`, 'format-datasets-not-mapping', 5],
  [`${FRONT}datasets:\n  '': {}\n`, 'format-dataset-no-name', 6],
  [`${FRONT}datasets:\n  d: 3\n`, 'format-dataset-not-mapping', 6],
  [ds('', '    format: csv\n'), 'format-dataset-no-url', 6],
  [ds('', '    url: a.csv\n'), 'format-dataset-no-format', 6],
  [ds('', '    url: a.csv\n    format: xlsb\n'), 'format-dataset-format', 8],
  [ds('', '    url: a.csv\n    format: csv\n'), 'format-dataset-no-sha256', 6],
  [ds('', '    url: a.csv\n    format: csv\n    sha256: x\n'), 'format-dataset-sha256', 9],
  [ds('    bytes: many\n'), 'format-dataset-not-number', 10],
  [ds('    license: 3\n'), 'format-dataset-not-text', 10],
  [ds('    mirrors: 3\n'), 'format-dataset-mirrors', 10],
  [ds('    mirrors: [3]\n'), 'format-dataset-mirror', 10],
  [ds('    portal: 3\n'), 'format-dataset-portal', 10],
  [ds('    portal:\n      base: b\n'), 'format-dataset-portal-no-kind', 10],
  [ds('    portal:\n      kind: x\n'), 'format-dataset-portal-kind', 11],
  [ds('    portal:\n      kind: ckan\n'), 'format-dataset-portal-missing', 10],
  [ds('    portal:\n      kind: ckan\n      base: 3\n'), 'format-dataset-not-text', 12],
  [ds('    query: 3\n'), 'format-dataset-query', 10],
  [ds('    query:\n      limit: 3\n'), 'format-dataset-query-key', 11],
  [ds('    query:\n      select: 3\n'), 'format-dataset-not-text', 11],
  [ds('    columns: 3\n'), 'format-dataset-columns', 10],
  [ds('    columns:\n      a: text\n'), 'format-dataset-column-type', 11],
  [ds('    csv: 3\n'), 'format-dataset-csv', 10],
  [ds('    csv:\n      quote: "x"\n'), 'format-dataset-csv-key', 11],
  [ds('    csv:\n      decimal: x\n'), 'format-dataset-csv-value', 11],
  [ds('    sheet: 3\n'), 'format-dataset-sheet', 10],
  [`${FRONT}id: again\n`, 'format-duplicate-front-key', 5],
  [`${ds()}  d:\n    url: b.csv\n`, 'format-duplicate-dataset', 10],
  [ds('    url: b.csv\n'), 'format-duplicate-key', 10],
  [`${FRONT}network: 3\n`, 'format-network-not-list', 5],
  [`${FRONT}network:\n  - 3\n`, 'format-origin-not-text', 6],
  [`${FRONT}network:\n  - https://*.org\n`, 'format-origin-wildcard', 6],
  [`${FRONT}network:\n  - a.org\n`, 'format-origin-not-address', 6],
  [`${FRONT}network:\n  - ftp://a.org\n`, 'format-origin-not-http', 6],
  [`${FRONT}network:\n  - https://u:p@a.org\n`, 'format-origin-credentials', 6],
  [`${FRONT}network:\n  - https://a.org/x\n`, 'format-origin-path', 6],
  [`${FRONT}network:\n  - https://A.org\n`, 'format-origin-spelling', 6],
  [`${FRONT}network:\n  - https://a.org\n  - https://a.org\n`, 'format-network-twice', 7],
];

function thrown(text: string): FormatError {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error(`parse did not throw: ${text}`);
}

describe('front matter checks', () => {
  it('each reports its own code, on its line, worded in English and French', () => {
    for (const [front, code, line] of CASES) {
      const error = thrown(file('', front));
      const french = errorText('fr', error.code, error.params, error.message);
      expect({ front, code: error.code, line: error.line }).toEqual({ front, code, line });
      expect(errorText('en', error.code, error.params, '')).toBe(error.message);
      expect(french).toMatch(/^Ligne \d+\u00a0: /);
      expect(french).not.toMatch(/\{\w+\}/);
    }
  });
});
