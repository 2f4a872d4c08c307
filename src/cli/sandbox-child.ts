/**
 * The entry of the child process in which `algobook` runs a notebook's cells (see
 * `sandboxed-run.ts`), under Node's permission model: it may read only its own bundled code, and
 * may not write files, start processes or workers. It asks its parent for dataset bytes by name
 * and import path, over the IPC channel, and sends back the cells' reports and digests. The channel's functions
 * are kept in this module's closure, and the cells run confined (`cell-compartment.ts`), so no
 * cell can reach `process` to send a message of its own.
 */
import { networkOrigins } from '../core/format/network.ts';
import type { DatasetSpec, Notebook } from '../core/format/types.ts';
import type { ImportPath, ModuleEntry } from '../core/imports/types.ts';
import type { CellResult } from '../core/format/types.ts';
import { confineCells } from './cell-compartment.ts';
import { runNotebook } from './run-notebook.ts';
import type { ChildMessage, ParentMessage } from './sandbox-protocol.ts';

// The channel's functions as they are now, before any cell runs and could replace them.
const send = process.send?.bind(process);
if (!send) throw new Error('sandbox-child: started without an IPC channel');
const post = (message: ChildMessage) => send(message);
const disconnect = process.disconnect.bind(process);

const waiting = new Map<number, { resolve(bytes: Uint8Array): void; reject(error: Error): void }>();
let requests = 0;

function loadDataset(
  name: string,
  _spec: DatasetSpec,
  scope: ImportPath = [],
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const id = ++requests;
    waiting.set(id, { resolve, reject });
    post({ kind: 'dataset', id, name, scope: [...scope] });
  });
}

async function run(
  notebook: Notebook,
  lines: number[],
  imports: Record<string, ModuleEntry>,
): Promise<void> {
  let results: CellResult[] = [];
  const cells = await runNotebook(notebook, {
    lines,
    imports,
    loadDataset,
    settled: (runtime) => {
      results = runtime.digests();
    },
  });
  post({ kind: 'done', cells, results });
  disconnect();
}

process.on('message', (message: ParentMessage) => {
  switch (message.kind) {
    case 'run':
      confineCells(networkOrigins(message.notebook.front));
      void run(message.notebook, message.lines, message.imports);
      return;
    case 'dataset': {
      const request = waiting.get(message.id);
      waiting.delete(message.id);
      request?.resolve(message.bytes);
      return;
    }
    case 'dataset-error': {
      const request = waiting.get(message.id);
      waiting.delete(message.id);
      const error = new Error(message.message);
      error.name = message.name;
      request?.reject(error);
      return;
    }
  }
});
