import { fork } from 'node:child_process';
import type { CellResult, DatasetSpec, Notebook } from '../core/format/types.ts';
import { importSource } from '../core/imports/module-source.ts';
import { datasetAt } from '../core/imports/scope.ts';
import type { ImportEntry, ImportPath } from '../core/imports/types.ts';
import type { CellReport } from './run-notebook.ts';
import { sandboxBundle } from './sandbox-bundle.ts';
import { parseChildMessage, type ParentMessage } from './sandbox-protocol.ts';

/** What a run gives: each cell's report (as `runNotebook`) and each code cell's digest. */
export interface SandboxedRun {
  cells: CellReport[];
  results: CellResult[];
}

/** Why a notebook's run could not finish: its process ended, or broke the protocol. */
export class SandboxError extends Error {
  override name = 'SandboxError';
}

/**
 * Runs a notebook's cells as `runNotebook` does, but in a child Node process under the
 * permission model, because on the command line they are a stranger's code with the user's
 * rights: the child may read nothing but its own bundled code (no notebook folder, no home
 * directory, no cache), and may not write files, start processes or workers, or load addons.
 * The parent does what the cells need done: it reads each dataset a cell asks for by name (and
 * the import path of the notebook that pins it), with `loadDataset`, from its own copy of the
 * notebook's pins and of its resolved `imports`, whose cells it hands to the child as modules. Node's permission model does not
 * cover the network, nor the child's own `process` (its IPC channel): the child evaluates cells
 * in an SES compartment that holds neither, with a `fetch` only for the declared origins
 * (`cell-compartment.ts`).
 */
export async function runSandboxed(notebook: Notebook, options: RunOptions): Promise<SandboxedRun> {
  return runChild(await sandboxBundle(), notebook, options);
}

export interface RunOptions {
  lines: number[];
  /** Bytes of the dataset `name` pinned by `spec` in the notebook at `scope` (`[]`: the open one). */
  loadDataset(name: string, spec: DatasetSpec, scope?: ImportPath): Promise<Uint8Array>;
  /** The notebook's imports, resolved (`resolveImports`); none when left out. */
  imports?: Record<string, ImportEntry>;
}

/** Node 20 calls the permission model experimental; later versions use `--permission`. */
function permissionFlags(entry: string): string[] {
  const permission = process.allowedNodeEnvironmentFlags.has('--permission')
    ? '--permission'
    : '--experimental-permission';
  return [permission, `--allow-fs-read=${entry}`, '--disable-warning=ExperimentalWarning'];
}

function runChild(entry: string, notebook: Notebook, options: RunOptions): Promise<SandboxedRun> {
  const imports = options.imports ?? {};
  const modules = Object.fromEntries(
    Object.entries(imports).map(([name, entry]) => [name, importSource(entry)]),
  );
  return new Promise((resolve, reject) => {
    const child = fork(entry, [], {
      execArgv: permissionFlags(entry),
      // Only what the cells' results depend on: dates are formatted in the user's time zone.
      env: process.env.TZ === undefined ? {} : { TZ: process.env.TZ },
      serialization: 'advanced',
      // What cells print goes to stderr, so that stdout keeps only the command's own output.
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    child.stdout?.pipe(process.stderr);
    child.stderr?.pipe(process.stderr);
    let settled = false;
    const finish = (outcome: { run: SandboxedRun } | { error: Error }) => {
      if (settled) return;
      settled = true;
      child.kill('SIGKILL');
      if ('run' in outcome) resolve(outcome.run);
      else reject(outcome.error);
    };
    // A write can fail only because the child has gone (it sends `done` and disconnects while a
    // dataset it no longer waits for is on its way): its `done` or its exit decides the run.
    const send = (message: ParentMessage) => {
      if (child.connected) child.send(message, () => {});
    };

    child.on('message', (raw: unknown) => {
      const message = parseChildMessage(raw);
      if (!message) {
        finish({ error: new SandboxError("the notebook's process sent a malformed message") });
        return;
      }
      switch (message.kind) {
        case 'dataset': {
          const { id, name } = message;
          const scope = message.scope ?? [];
          const found = datasetAt(notebook.front, imports, scope, name);
          if (!found) {
            send({ kind: 'dataset-error', id, name: 'Error', message: `no dataset "${name}"` });
            return;
          }
          options.loadDataset(name, found.spec, scope).then(
            (bytes) => send({ kind: 'dataset', id, bytes }),
            (error: unknown) =>
              send({
                kind: 'dataset-error',
                id,
                name: error instanceof Error ? error.name : 'Error',
                message: error instanceof Error ? error.message : String(error),
              }),
          );
          return;
        }
        case 'done':
          finish({ run: { cells: message.cells, results: message.results } });
          return;
      }
    });
    child.on('error', (error) => finish({ error }));
    child.on('exit', (code, signal) => {
      const ended = () =>
        finish({
          error: new SandboxError(
            `the process running the notebook's cells ended before they finished (${signal ?? `exit code ${code}`})`,
          ),
        });
      // Its last messages (`done`) may still be in the channel: read them first.
      if (!child.connected) return ended();
      child.once('disconnect', ended);
      setTimeout(ended, 1000).unref();
    });
    send({ kind: 'run', notebook, lines: options.lines, imports: modules });
  });
}
