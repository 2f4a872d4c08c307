/**
 * A compromised runner asks the page for datasets by name. What it gets back must tell it
 * nothing about bytes it did not pin: a source that now serves other bytes fails with an error
 * that names the pinned hash only (`src/app/runner/redact.ts`), never the new bytes' hash (which
 * would let a cell probe what a URL serves) nor the bytes themselves.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cell, readerUrl } from '../support/notebook.ts';
import {
  compromisedRunner,
  CSV,
  CSV_SHA,
  notebook,
  replaceRunner,
  serveNotebook,
} from './channel-support.ts';
import { useApp, useServer } from '../support/use-app.ts';

/** What the notebook pins for `d`; its source serves `CSV` instead. */
const PINNED = createHash('sha256').update('the bytes the notebook was written with').digest('hex');

const app = useApp();
const site = useServer(() => serveNotebook(notebook().replace(CSV_SHA, PINNED)));

/**
 * The runner asks for `d` (whose source changed) and for a name the notebook does not have,
 * then shows everything the page answered as cell 1's output, so the test reads what it learned.
 */
const ASK_AND_TELL = `
  const cellId = update.cells[0].id;
  const asks = ['d', 'nope'];
  const learned = [];
  port.addEventListener('message', (message) => {
    const data = message.data;
    if (data.kind === 'dataset') learned.push('bytes: ' + String(data.bytes.byteLength ?? data.bytes.size));
    else if (data.kind === 'dataset-failed') learned.push(data.error.name + ': ' + data.error.message);
    else return;
    if (learned.length < asks.length) return;
    port.postMessage({ kind: 'events', events: [
      { kind: 'output', cellId, run: 1, output: { kind: 'value', value: 'learned:\\n' + learned.join('\\n') } },
      { kind: 'done', cellId, run: 1, ms: 1 },
    ] });
  });
  port.postMessage({ kind: 'events', events: [{ kind: 'running', cellId, run: 1 }] });
  asks.forEach((name, i) => port.postMessage({ kind: 'dataset-request', id: i + 1, name }));`;

describe('a compromised runner asking for datasets', () => {
  it('learns neither the hash nor the bytes of what a changed source now serves', async () => {
    const page = await app.newPage();
    try {
      await replaceRunner(page, compromisedRunner(ASK_AND_TELL));
      await page.goto(readerUrl(app.server.url, `${site.url}hostile.algo.md`));
      const output = cell(page, 1).getByText(/learned:/);
      await output.waitFor();
      const learned = await output.innerText();
      // Both requests failed, each with a reason: the changed source (with the pinned hash)
      // and the unknown name.
      expect(learned).toContain('DatasetHashMismatch');
      expect(learned).toContain(PINNED);
      expect(learned).toMatch(/nope/);
      expect(learned).not.toMatch(/bytes: /);
      // Nothing of what the source serves: no hash of its bytes, whole or shortened, nor content.
      expect(learned).not.toContain(CSV_SHA.slice(0, 8));
      expect(learned).not.toContain(CSV.split('\n')[0]);
    } finally {
      await page.context().close();
    }
  });
});
