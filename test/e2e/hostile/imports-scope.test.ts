/**
 * A compromised runner names the import path (`scope`) of the notebook whose dataset it wants.
 * The page looks the path up in its own resolved imports: a path that names no import (or a
 * prototype key) pins nothing, an import pins only its own datasets, and only those load.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cell, readerUrl } from '../support/notebook.ts';
import { serveStatic } from '../support/static-server.ts';
import { compromisedRunner, CSV, CSV_SHA, notebook, replaceRunner } from './channel-support.ts';
import { useApp, useServer } from '../support/use-app.ts';

const LIB = `---\nalgobook: 1\nid: lib\ntitle: Lib\ndatasets:\n  t:\n    url: t.csv\n    format: csv\n    sha256: ${CSV_SHA}\n---\n\n\`\`\`js\nconst rows = await dataset('t');\n\`\`\`\n`;
const LIB_SHA = createHash('sha256').update(LIB).digest('hex');

const app = useApp();
const site = useServer(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'algobook-scope-'));
  const text = notebook(['1 + 1']).replace(
    'datasets:',
    `imports:\n  lib:\n    url: lib.algo.md\n    sha256: ${LIB_SHA}\ndatasets:`,
  );
  writeFileSync(join(dir, 'hostile.algo.md'), text);
  writeFileSync(join(dir, 'lib.algo.md'), LIB);
  writeFileSync(join(dir, 'd.csv'), CSV);
  writeFileSync(join(dir, 't.csv'), CSV);
  return serveStatic(dir, { cors: true });
});

/** Asks for each [name, scope], then shows what the page answered to each, in order. */
const ASK_AND_TELL = `
  const cellId = update.cells[0].id;
  const asks = [
    ['t', ['lib']],
    ['d', ['lib']],
    ['t', []],
    ['t', ['nope']],
    ['t', ['__proto__']],
    ['t', ['lib', 'lib']],
  ];
  const learned = [];
  port.addEventListener('message', (message) => {
    const data = message.data;
    if (data.kind === 'dataset') learned[data.id - 1] = 'bytes: ' + String(data.bytes.byteLength ?? data.bytes.size);
    else if (data.kind === 'dataset-failed') learned[data.id - 1] = data.error.message;
    else return;
    if (learned.filter(Boolean).length < asks.length) return;
    port.postMessage({ kind: 'events', events: [
      { kind: 'output', cellId, run: 1, output: { kind: 'value', value: 'learned:\\n' + learned.join('\\n') } },
      { kind: 'done', cellId, run: 1, ms: 1 },
    ] });
  });
  port.postMessage({ kind: 'events', events: [{ kind: 'running', cellId, run: 1 }] });
  asks.forEach(([name, scope], i) => port.postMessage({ kind: 'dataset-request', id: i + 1, name, scope }));`;

describe('a compromised runner naming an import path', () => {
  it('gets only the datasets the import at that path pins, by the page’s own copy', async () => {
    const page = await app.newPage();
    try {
      await replaceRunner(page, compromisedRunner(ASK_AND_TELL));
      await page.goto(readerUrl(app.server.url, `${site.url}hostile.algo.md`));
      const output = cell(page, 1).getByText(/learned:/);
      await output.waitFor();
      // Shown as a string literal: its quotes escaped.
      const learned = (await output.innerText()).replace(/\\"/g, '"');
      // Only `t` of `lib` loads; `d` is the open notebook's, not the import's, and the other
      // paths name no import: each is an unknown dataset, nothing more.
      expect(learned.match(/bytes: \d+/g)).toEqual([`bytes: ${CSV.length}`]);
      expect(learned).toContain('Unknown dataset "d"; this notebook pins: t.');
      expect(learned).toContain('Unknown dataset "t"; this notebook pins: d.');
      expect(learned.match(/Unknown dataset "t": this notebook pins no datasets/g)).toHaveLength(3);
    } finally {
      await page.context().close();
    }
  });
});
