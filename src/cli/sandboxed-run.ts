import { fork } from 'node:child_process';
import type { CellResult, Notebook } from '../core/format/types.ts';
import type { RuntimeHost } from '../core/runtime/index.ts';
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
 * The parent does what the cells need done: it reads each dataset a cell asks for by name, with
 * `loadDataset`, from its own copy of the notebook's pins. Node's permission model does not
 * cover the network, nor the child's own `process` (its IPC channel): the child evaluates cells
 * in an SES compartment that holds neither, with a `fetch` only for the declared origins
 * (`cell-compartment.ts`).
 */
export async function runSandboxed(
  notebook: Notebook,
  options: { lines: number[]; loadDataset: RuntimeHost['loadDataset'] },
): Promise<SandboxedRun> {
  return runChild(await sandboxBundle(), notebook, options);
}

/** Node 20 calls the permission model experimental; later versions use `--permission`. */
function permissionFlags(entry: string): string[] {
  const permission = process.allowedNodeEnvironmentFlags.has('--permission')
    ? '--permission'
    : '--experimental-permission';
  return [permission, `--allow-fs-read=${entry}`, '--disable-warning=ExperimentalWarning'];
}

function runChild(
  entry: string,
  notebook: Notebook,
  options: { lines: number[]; loadDataset: RuntimeHost['loadDataset'] },
): Promise<SandboxedRun> {
  const pins = notebook.front.datasets ?? {};
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
    const send = (message: ParentMessage) => {
      if (child.connected) child.send(message);
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
          const spec = Object.hasOwn(pins, name) ? pins[name] : undefined;
          if (!spec) {
            send({ kind: 'dataset-error', id, name: 'Error', message: `no dataset "${name}"` });
            return;
          }
          options.loadDataset(name, spec, []).then(
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
    child.on('exit', (code, signal) =>
      finish({
        error: new SandboxError(
          `the process running the notebook's cells ended before they finished (${signal ?? `exit code ${code}`})`,
        ),
      }),
    );
    send({ kind: 'run', notebook, lines: options.lines });
  });
}
