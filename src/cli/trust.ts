import { createInterface } from 'node:readline/promises';
import type { Io } from './command.ts';
import { isUrl } from './notebook-source.ts';

/** The commands that run a notebook's cells (in the sandboxed process, `sandboxed-run.ts`). */
export const RUNS_CELLS: ReadonlySet<string> = new Set(['run', 'verify', 'publish', 'export']);

/** The option those commands take: run the cells of a notebook given by URL. */
export const TRUST_OPTION = { trust: { type: 'boolean' } } as const;

/** Said on stderr each time cells run: what the sandbox keeps them from, and what it does not. */
export const SANDBOX_WARNING =
  "algobook: the notebook's cells run in a separate process that cannot read or write your files, start programs or use the network (but the origins it declares). Run only notebooks you trust.\n";

/** Asks a yes/no question when a person is at the terminal; `false` otherwise. */
export type Confirm = (question: string) => Promise<boolean>;

/**
 * Whether the cells of the notebook(s) named by `positionals` may run. A notebook from a URL is
 * a stranger's code: it runs only with `--trust`, or when a person at the terminal says yes.
 * Says the sandbox warning on stderr whenever cells will run.
 */
export async function admitCells(
  command: string,
  positionals: readonly string[],
  trusted: boolean,
  io: Io,
  confirm: Confirm = askAtTerminal,
): Promise<boolean> {
  const url = positionals.find(isUrl);
  if (url !== undefined && !trusted) {
    const yes = await confirm(`Run the cells of ${url}, code from the web? [y/N] `);
    if (!yes) {
      io.stderr(
        `algobook ${command}: ${url} is a notebook from the web, and its cells are code from a stranger. Run it with --trust to run them anyway (in a process that cannot touch your files).\n`,
      );
      return false;
    }
  }
  io.stderr(SANDBOX_WARNING);
  return true;
}

async function askAtTerminal(question: string): Promise<boolean> {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return false;
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await terminal.question(question)).trim());
  } finally {
    terminal.close();
  }
}
