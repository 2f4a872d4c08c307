import { networkOrigins } from '../core/format/index.ts';
import { codeCellLines } from './cell-lines.ts';
import { EXIT, type Command, type Io } from './command.ts';
import { importFailures, resolveSourceImports } from './import-loader.ts';
import { readNotebookSource, type NotebookSource } from './notebook-source.ts';
import { scopedDatasetLoader } from './scoped-datasets.ts';
import { renderJson } from './render-json.ts';
import { errorLine, renderText } from './render-text.ts';
import { runSandboxed } from './sandboxed-run.ts';

const HELP = `Usage: algobook run FILE [--json]

Runs every code cell of the notebook FILE (*.algo.md) in Node, as the browser does, and prints
the outputs. Datasets are read from the paths (relative to FILE's folder) or http(s) URLs that
the front matter pins, and checked against their sha256. Inputs take their default values.
The notebooks it imports (imports:) are read from their files (relative to FILE) or URLs,
checked against their sha256, and run as modules of their own: their datasets relative to
their own location. An import that cannot be had is said on stderr, and the cells reading it
fail with the reason.

Cells run in a separate Node process under Node's permission model: they cannot read or
write files (datasets are read for them), start processes or workers, and reach no network but
the origins the notebook declares (network:). Run only notebooks you trust.

Without --json, outputs are printed for a person: prose condensed to its headings, tables as
aligned text (first 10 rows), charts as one line (mark, fields, rows), inputs as
"label: value", errors as "Error in cell N (line L): message" (cells numbered from 1, as in
the app; L is the line in FILE, or the cell's lines when the error has none).

Options:
  --json      Print one JSON object instead:
                {"cells": [{"index", "cell", "kind": "code"|"markdown", "outputs": [...], ...}]}
              cells in page order, "index" counting every cell from 0 and "cell" numbering
              it from 1 (as the app and "algobook card --json" do); markdown cells carry
              their "source"; code cells their "source", "line" and "status"; tables their
              "numRows", "columns" and first 100 "rows" as objects (dates as ISO strings).
  -h, --help  Show this help

Exit status:
  0  every cell ran
  1  a cell failed (a summary is printed on stderr)
  2  FILE cannot be read or is not a valid notebook (the line is printed on stderr)

Examples:
  algobook run examples/indice-atmo.algo.md
  algobook run examples/indice-atmo.algo.md --json | jq '.cells[].outputs'
`;

/** `algobook run FILE [--json]`. */
export const runCommand: Command = {
  name: 'run',
  summary: 'Run a notebook and print its outputs (--json for one JSON object)',
  help: HELP,
  options: { json: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) {
      io.stderr(
        `algobook run: expected one notebook FILE, got ${positionals.length}. Run "algobook run --help" for its usage.\n`,
      );
      return EXIT.unusable;
    }
    const file = positionals[0];
    const loaded = await load(file, io);
    if (!loaded) return EXIT.unusable;
    const { text, notebook } = loaded;
    const network = networkOrigins(notebook.front);
    if (network.length)
      io.stderr(`algobook run: this notebook declares network access to ${network.join(', ')}.\n`);
    const imports = await resolveSourceImports(loaded);
    for (const line of importFailures(imports)) io.stderr(`algobook run: ${line}\n`);
    const { cells } = await runSandboxed(notebook, {
      lines: codeCellLines(text),
      imports,
      loadDataset: scopedDatasetLoader(loaded, imports),
    });
    io.stdout(values.json ? renderJson(cells) : renderText(notebook.front, cells));

    const code = cells.filter((cell) => cell.kind === 'code');
    const failed = code.filter((cell) => cell.status !== 'done');
    if (!failed.length) return EXIT.ok;
    io.stderr(`algobook run: ${failed.length} of ${code.length} code cells failed in ${file}.\n`);
    if (values.json) {
      // The text output shows the errors in place; with --json, stdout is for programs.
      for (const cell of failed) {
        const error = cell.outputs.find((output) => output.kind === 'error');
        if (error?.kind === 'error') io.stderr(errorLine(error, cell) + '\n');
      }
    }
    return EXIT.failed;
  },
};

/** The notebook FILE (a `.algo.md`, or a bundle: `notebook-source.ts`). */
function load(file: string, io: Io): Promise<NotebookSource | undefined> {
  return readNotebookSource(file, 'run', io);
}
