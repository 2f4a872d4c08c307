import { SHA256_HEX as SHA256 } from '../core/format/sha256-hex.ts';
import { compareResults, type ResultDifference } from '../core/publish/index.ts';
import { EXIT, type Command, type Io } from './command.ts';
import { isUrl, readNotebookSource } from './notebook-source.ts';
import type { CellReport } from './run-notebook.ts';
import { runWithDigests, type DatasetCheck } from './run-with-digests.ts';
import { checkIntegrity } from './version-integrity.ts';

const HELP = `Usage: algobook verify FILE_OR_URL [--sha256 HEX]

Checks that a published version of a notebook (a *.algo.md file with "version" and "results"
in its front matter, or its http(s) URL) is what was published and still gives its results:

  1. its text: against --sha256 or the URL's "#sha256=HEX" when given, and against the site
     catalog (../catalog.json, as "algobook publish" lays a site out) when there is one;
  2. its parent chain: each earlier version's text must hash to the next one's "parent";
  3. its results: every code cell is run again on the pinned datasets (inputs at their
     defaults) and the digest of its outputs compared with the published one.

Warning: cells run with your permissions, outside the browser's sandbox. Verify only
notebooks you trust.

Options:
  --sha256 HEX  The sha256 the version is known by (e.g. from a link); its text must match
  -h, --help    Show this help

Exit status:
  0  "Reproduced": the text is intact and every cell gives the published output
  1  the cells and datasets that differ are listed, or the text was tampered with or its
     parent chain is broken
  2  FILE_OR_URL cannot be read or is not a valid notebook, is a draft (no results), or the
     command line is wrong

Examples:
  algobook verify site/indice-atmo/v2.algo.md
  algobook verify https://example.org/algobook/indice-atmo/v2.algo.md
`;

/** `algobook verify FILE_OR_URL [--sha256 HEX]`. */
export const verifyCommand: Command = {
  name: 'verify',
  summary: 'Re-run a published version and check its text, parent chain and every output digest',
  help: HELP,
  options: { sha256: { type: 'string' } },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) {
      io.stderr(
        `algobook verify: expected one FILE or URL, got ${positionals.length}. Run "algobook verify --help" for its usage.\n`,
      );
      return EXIT.unusable;
    }
    const arg = positionals[0];
    let expected = typeof values.sha256 === 'string' ? values.sha256.toLowerCase() : undefined;
    if (isUrl(arg)) {
      const fragment = /#(?:.*&)?sha256=([0-9a-fA-F]+)/.exec(arg)?.[1];
      expected ??= fragment?.toLowerCase();
    }
    if (expected !== undefined && !SHA256.test(expected)) {
      io.stderr(`algobook verify: the sha256 "${expected}" is not 64 hexadecimal digits.\n`);
      return EXIT.unusable;
    }
    const source = await readNotebookSource(arg, 'verify', io);
    if (!source) return EXIT.unusable;
    const { front } = source.notebook;
    if (front.version === undefined || front.results === undefined) {
      io.stderr(
        `algobook verify: ${arg} is a draft: it has no published "version" and "results" to check. Publish it first ("algobook publish").\n`,
      );
      return EXIT.unusable;
    }
    const integrity = await checkIntegrity(source, expected);
    const run = await runWithDigests(source);
    const differences = compareResults(front.results, run.results);
    const datasets = run.datasets.filter((d) => d.error !== undefined || d.actual !== d.expected);

    const title = `"${front.title}" version ${front.version}`;
    for (const line of integrity.checked) io.stdout(`Checked: ${line}\n`);
    for (const line of integrity.unchecked) io.stdout(`Not checked: ${line}\n`);
    const ok = !integrity.problems.length && !differences.length && !datasets.length;
    if (ok) {
      io.stdout(
        `Reproduced: the ${run.results.length} code cells of ${title} give the published outputs.\n`,
      );
      return EXIT.ok;
    }
    for (const problem of integrity.problems) io.stdout(`Tampered: ${problem.message}\n`);
    if (differences.length || datasets.length) {
      io.stdout(`Not reproduced: ${title}\n`);
      for (const dataset of datasets) io.stdout(`  ${datasetLine(dataset)}\n`);
      for (const difference of differences)
        io.stdout(`  ${differenceLine(difference, run.cells)}\n`);
    }
    report(io, integrity.problems.length, differences.length, datasets.length);
    return EXIT.failed;
  },
};

function report(io: Io, tampered: number, cells: number, datasets: number) {
  const parts = [];
  if (tampered) parts.push(`${tampered} integrity problem${tampered === 1 ? '' : 's'}`);
  if (cells) parts.push(`${cells} cell${cells === 1 ? '' : 's'} differ${cells === 1 ? 's' : ''}`);
  if (datasets)
    parts.push(
      `${datasets} dataset${datasets === 1 ? '' : 's'} differ${datasets === 1 ? 's' : ''}`,
    );
  io.stderr(`algobook verify: not verified: ${parts.join(', ')}.\n`);
}

function datasetLine(check: DatasetCheck): string {
  if (check.error !== undefined) return `dataset "${check.name}": ${check.error}`;
  return `dataset "${check.name}": its bytes have sha256 ${check.actual?.slice(0, 12)}…, not the pinned ${check.expected.slice(0, 12)}…`;
}

function differenceLine(difference: ResultDifference, cells: readonly CellReport[]): string {
  const code = cells.filter((cell) => cell.kind === 'code');
  const report = code[difference.cell - 1];
  const where = report?.kind === 'code' ? ` (line ${report.line})` : '';
  const shown = (value?: string) => (value === undefined ? '' : ` "${value}"`);
  switch (difference.kind) {
    case 'changed':
      return `cell ${difference.cell}${where}: published${shown(difference.published?.value)} (${difference.published?.sha256.slice(0, 12)}…), now${shown(difference.actual?.value)} (${difference.actual?.sha256.slice(0, 12)}…)`;
    case 'missing':
      return `cell ${difference.cell}: published, but the notebook has no such code cell now`;
    case 'extra':
      return `cell ${difference.cell}${where}: not in the published results`;
  }
}
