import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EXIT, type Command, type Io } from './command.ts';
import { runCommand } from './run.ts';
import { exportCommand } from './export.ts';
import { publishCommand } from './publish.ts';
import { verifyCommand } from './verify.ts';
import { cardCommand } from './card.ts';
import { catalogCommand } from './catalog.ts';
import { serveCommand } from './serve.ts';
import { admitCells, RUNS_CELLS, TRUST_OPTION } from './trust.ts';

/** Every command, by name; later ones (`export`, `verify`, `publish`, `card`) are added here. */
const COMMANDS: Record<string, Command> = {
  run: runCommand,
  card: cardCommand,
  catalog: catalogCommand,
  export: exportCommand,
  verify: verifyCommand,
  publish: publishCommand,
  serve: serveCommand,
};

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const commands = Object.values(COMMANDS).map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `algobook: open-algorithm notebooks (*.algo.md) on the command line.

Usage: algobook <command> [options]

Commands:
${commands.join('\n')}

Options:
  -h, --help     Show this help; "algobook <command> --help" shows a command's
  -v, --version  Show the version
  --trust        Run the cells of a notebook given by URL (run, verify, publish, export);
                 without it, a URL is refused unless you confirm at the terminal

Cells run in a separate Node process that cannot read or write your files, start programs or
workers (Node's permission model), nor reach the network but the origins a notebook declares
(network:); datasets are read for them.

Exit status: 0 when everything ran, 1 when a cell failed, 2 when the notebook cannot be
read or the command line is wrong.
`;
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return `algobook ${String(manifest.version)}\n`;
}

/** Runs `algobook <argv>`; resolves to the exit status. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(help());
    return EXIT.unusable;
  }
  if (name === '-h' || name === '--help') {
    io.stdout(help());
    return EXIT.ok;
  }
  if (name === 'help') {
    const command = rest[0] === undefined ? undefined : COMMANDS[rest[0]];
    io.stdout(command ? command.help : help());
    return EXIT.ok;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(version());
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`algobook: unknown command "${name}". Run "algobook --help" for the commands.\n`);
    return EXIT.unusable;
  }
  let args;
  try {
    args = parseArgs({
      args: rest,
      options: {
        ...command.options,
        ...(RUNS_CELLS.has(name) ? TRUST_OPTION : {}),
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`algobook ${name}: ${message}\nRun "algobook ${name} --help" for its usage.\n`);
    return EXIT.unusable;
  }
  if (args.values.help) {
    io.stdout(command.help);
    return EXIT.ok;
  }
  if (RUNS_CELLS.has(name) && !(await admitCells(name, args.positionals, !!args.values.trust, io)))
    return EXIT.unusable;
  try {
    return await command.run(args, io);
  } catch (error) {
    // A bug of ours, not of the notebook: say so rather than exit as if a cell failed.
    io.stderr(
      `algobook ${name}: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    return EXIT.unusable;
  }
}
