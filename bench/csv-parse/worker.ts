/**
 * The worker of the parse benchmark (bundled by csv-parse.bench.ts): loads the file once, then
 * times one parse a message, `aq.fromCSV` (with the decoding) or `parseCsv`, keeping the last
 * table so that the heap can be measured with it.
 */
import * as aq from 'arquero';
import { checkCsv } from '../../src/core/data/csv-check.ts';
import { parseCsv } from '../../src/core/data/csv/parse-csv.ts';
import type { CsvDialect } from '../../src/core/data/csv/types.ts';

interface Task {
  task: 'load' | 'aq' | 'parse' | 'check' | 'drop' | 'parse-cancel' | 'cancel';
  url?: string;
  dialect?: CsvDialect;
}

let bytes = new Uint8Array();
let cancelling: AbortController | null = null;
let cancelledAt = 0;
let kept: unknown = null;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

self.onmessage = async ({ data }: MessageEvent<Task>) => {
  const dialect = data.dialect;
  if (data.task === 'cancel') {
    cancelledAt = performance.now();
    cancelling?.abort(new Error('cancelled'));
    return;
  }
  let ms = 0;
  let rows = 0;
  switch (data.task) {
    case 'load':
      bytes = new Uint8Array(await (await fetch(data.url ?? '')).arrayBuffer());
      break;
    case 'drop':
      kept = null;
      gc();
      break;
    case 'aq': {
      const t0 = performance.now();
      const table = aq.fromCSV(new TextDecoder().decode(bytes), {
        delimiter: dialect?.delimiter,
        decimal: dialect?.decimal,
      });
      ms = performance.now() - t0;
      rows = table.numRows();
      kept = table;
      break;
    }
    case 'parse': {
      const t0 = performance.now();
      const { table } = await parseCsv(bytes, { dialect: dialect as CsvDialect });
      ms = performance.now() - t0;
      rows = table.numRows();
      kept = table;
      break;
    }
    case 'parse-cancel': {
      // `ms`: from the cancel message to the parse's rejection (-1: it finished first).
      cancelling = new AbortController();
      ms = -1;
      try {
        await parseCsv(bytes, { dialect: dialect as CsvDialect, signal: cancelling.signal });
      } catch {
        ms = performance.now() - cancelledAt;
      }
      break;
    }
    case 'check': {
      const text = new TextDecoder().decode(bytes);
      const t0 = performance.now();
      checkCsv(text, dialect?.delimiter);
      ms = performance.now() - t0;
      break;
    }
  }
  if (data.task !== 'drop') gc();
  self.postMessage({ ms, rows, bytes: bytes.length, kept: kept !== null });
};
