import type { ParseArgsConfig } from 'node:util';

/** Where a command writes; the real streams in `bin/algobook.mjs`, buffers in tests. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit statuses shared by every command. */
export const EXIT = {
  /** Everything ran. */
  ok: 0,
  /** The notebook was read, but a cell failed. */
  failed: 1,
  /** The notebook could not be read or parsed, or the command line is wrong. */
  unusable: 2,
} as const;

/** One `algobook <name>` command: `main.ts` parses its options and calls `run`. */
export interface Command {
  name: string;
  /** One line for `algobook --help`. */
  summary: string;
  /** The whole of `algobook <name> --help`. */
  help: string;
  /** Its options, for `parseArgs` (`--help` is added to every command). */
  options: NonNullable<ParseArgsConfig['options']>;
  run(
    args: {
      values: Record<string, string | boolean | (string | boolean)[] | undefined>;
      positionals: string[];
    },
    io: Io,
  ): Promise<number>;
}
