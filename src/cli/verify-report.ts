import type { FrontMatter } from '../core/format/types.ts';
import {
  describeAnchor,
  identityOf,
  verdictHeadline,
  type ResultDifference,
  type Verdict,
} from '../core/publish/index.ts';
import type { Io } from './command.ts';
import { importLine, type ImportCheck } from './import-checks.ts';
import type { CellReport } from './run-notebook.ts';
import type { DatasetCheck, DigestRun } from './run-with-digests.ts';
import type { Integrity } from './version-integrity.ts';

/** Everything `algobook verify` found, for its text and JSON reports. */
export interface VerifyReport {
  front: FrontMatter;
  integrity: Integrity;
  run: DigestRun;
  differences: ResultDifference[];
  /** The datasets that did not give their pinned bytes. */
  datasets: DatasetCheck[];
  /** Every import, checked against its pin. */
  imports: ImportCheck[];
  verdict: Verdict;
}

/** The report as people read it: what was checked, the verdict, what differs. */
export function writeVerifyText(report: VerifyReport, io: Io): void {
  const { front, integrity, run, differences, datasets, verdict } = report;
  const title = `"${front.title}" version ${front.version}`;
  const imports = report.imports.filter((check) => check.error !== null);
  for (const line of integrity.checked) io.stdout(`Checked: ${line}\n`);
  for (const check of report.imports)
    if (check.error === null) io.stdout(`Checked: ${importLine(check)}\n`);
  for (const line of integrity.unchecked) io.stdout(`Not checked: ${line}\n`);
  switch (verdict.kind) {
    case 'reproduced':
      io.stdout(
        `Reproduced: the ${run.results.length} code cells of ${title} give the published outputs.\n`,
      );
      return;
    case 'unchecked':
      io.stdout(
        `Results reproduce; the identity of this copy was not checked: the ${run.results.length} code cells of ${title} give the outputs its text records, but nothing shows that this text is the one published. Verify it with its link's #sha256=, --sha256, or beside its site's catalog.json.\n`,
      );
      return;
    case 'tampered':
    case 'not-reproduced':
      break;
  }
  for (const problem of integrity.problems) io.stdout(`Tampered: ${problem.message}\n`);
  if (differences.length || datasets.length || imports.length) {
    io.stdout(`Not reproduced: ${title}\n`);
    for (const check of imports) io.stdout(`  ${importLine(check)}\n`);
    for (const dataset of datasets) io.stdout(`  ${datasetLine(dataset)}\n`);
    for (const difference of differences) io.stdout(`  ${differenceLine(difference, run.cells)}\n`);
  }
  const parts = [];
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const tampered = integrity.problems.length;
  if (tampered) parts.push(count(tampered, 'integrity problem', 'integrity problems'));
  // An import that changed comes first: the cells reading it differ because of it.
  if (imports.length) parts.push(count(imports.length, 'import differs', 'imports differ'));
  if (differences.length) parts.push(count(differences.length, 'cell differs', 'cells differ'));
  if (datasets.length) parts.push(count(datasets.length, 'dataset differs', 'datasets differ'));
  io.stderr(`algobook verify: not verified: ${parts.join(', ')}.\n`);
}

/** `--json`: the verdict, the identity and its anchor, and every cell with its status. */
export function verifyJson(report: VerifyReport) {
  const { integrity, run, differences, datasets, verdict } = report;
  const anchor = integrity.anchor;
  const byCell = new Map(differences.map((d) => [d.cell, d]));
  const published = new Map((report.front.results ?? []).map((r) => [r.cell, r]));
  const numbers = [...new Set([...published.keys(), ...run.results.map((r) => r.cell)])];
  const code = run.cells.filter((cell) => cell.kind === 'code');
  return {
    verdict: verdict.kind,
    headline: verdictHeadline(verdict),
    identity: identityOf({ anchor, problems: [], cells: [], datasets: 0 }),
    anchor: anchor && { ...anchor, description: describeAnchor(anchor) },
    results:
      differences.length || datasets.length || report.imports.some((i) => i.error !== null)
        ? 'differ'
        : 'reproduced',
    checked: integrity.checked,
    unchecked: integrity.unchecked,
    problems: integrity.problems.map(({ code, version, message }) => ({ code, version, message })),
    datasets: datasets.map((d) => ({
      name: d.name,
      expected: d.expected,
      actual: d.actual ?? null,
      error: d.error ?? null,
    })),
    imports: report.imports,
    cells: numbers
      .sort((a, b) => a - b)
      .map((cell) => {
        const report = code[cell - 1];
        const difference = byCell.get(cell);
        return {
          cell,
          line: report?.kind === 'code' ? report.line : null,
          status: difference?.kind ?? 'same',
          published: published.get(cell) ?? null,
          actual: run.results.find((r) => r.cell === cell) ?? null,
        };
      }),
  };
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
