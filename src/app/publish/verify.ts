import type { Notebook } from '../../core/format/types.ts';
// By file: the publish index would bring every exporter into this chunk.
import { checkChain, checkVersion } from '../../core/publish/chain.ts';
import { compareResults } from '../../core/publish/results.ts';
import { verdictOf, type Verdict } from '../../core/publish/verdict.ts';
import type { Anchor } from '../../core/publish/anchor.ts';
import type { ChainProblem, ResultDifference, VersionText } from '../../core/publish/types.ts';
import { checkSource } from '../data/fetch-dataset.ts';
import { isTampered, type Opened } from './opened.ts';
import { runFromScratch } from './run-digests.ts';

/** A pinned dataset whose URLs do not serve the pinned bytes now. */
export interface DatasetDifference {
  name: string;
  /** `not-found`: the URL answered 404 or a web page where the data was expected. */
  kind: 'changed' | 'unreachable' | 'not-found';
  /** For `changed`: the SHA-256 of what is served now. */
  actual?: string;
  url?: string;
}

export interface VerifyReport {
  /** The text does not hash to what it is listed under, or the chain of versions is broken. */
  problems: ChainProblem[];
  datasets: DatasetDifference[];
  cells: ResultDifference[];
  /**
   * Cells (page numbers) whose outputs, as this page received them, differ from what the runner
   * reported of them: the runner was tampered with. Their page digests are the ones compared.
   */
  mismatched: number[];
  /**
   * Cells (page numbers) the page could not check against what it shows (tables with columns it
   * cannot digest as the runtime does): the verdict is not "reproduced" while there are any.
   */
  unchecked: number[];
  /**
   * The verdict (core's, as `algobook verify` gives it). Datasets whose source changed do not
   * count against it here: the pinned bytes came from this browser's cache or a mirror, which
   * a reader without them would not have, and they are listed beside it.
   */
  verdict: Verdict;
}

/**
 * What anchors the opened text's identity: the one anchor the reader's claim shows too
 * (`Opened.anchor`, set where the text was opened): the site's own catalog, the `#sha256=` of
 * its link, or this browser's own record of publishing it. A file opened by a bare `?src=`, a
 * share link, an example or from a third-party catalog has none: its text vouches only for itself.
 */
export function anchorOf(opened: Opened): Anchor | null {
  return opened.anchor ?? null;
}

/** The texts of this version and those before it, for the chain check. */
async function chainOf(opened: Opened, version: number): Promise<VersionText[] | null> {
  if (!opened.history) return null;
  const items = (await opened.history()).filter((item) => item.version <= version);
  return Promise.all(
    items.map(async (item) => ({
      version: item.version,
      sha256: item.sha256,
      // This version's text is the one opened (the history would fetch the same file again).
      text: item.version === version ? opened.text : await item.text(),
    })),
  );
}

/**
 * Verifies a published version: that its text is the one published and its chain of parents
 * holds, that its datasets are still served as pinned, and that running it again (every input
 * at its default) gives every cell's published digest.
 */
export async function verifyVersion(notebook: Notebook, opened: Opened): Promise<VerifyReport> {
  const version = notebook.front.version ?? 0;
  const problems: ChainProblem[] = [];
  if (opened.expected) problems.push(...checkVersion(opened.text, opened.expected, version));
  const chain = await chainOf(opened, version).catch(() => null);
  if (chain) {
    for (const problem of checkChain(chain)) {
      // The opened text's own mismatch is reported once, above.
      if (problem.kind === 'tampered' && problem.version === version && isTampered(opened))
        continue;
      problems.push(problem);
    }
  }

  const datasets: DatasetDifference[] = [];
  const specs = Object.entries(notebook.front.datasets ?? {});
  await Promise.all(
    specs.map(async ([name, spec]) => {
      const check = await checkSource(spec, opened.url || location.href);
      if (check.kind === 'changed')
        datasets.push({
          name,
          kind: 'changed',
          actual: check.changed.sha256,
          url: check.changed.url,
        });
      else if (check.kind === 'unreachable') {
        const first = check.failures[0];
        const kind = first?.error.kind === 'not-found' ? 'not-found' : 'unreachable';
        datasets.push({ name, kind, url: first?.url });
      }
    }),
  );
  datasets.sort((a, b) => a.name.localeCompare(b.name));

  const run = await runFromScratch(notebook, opened.url || location.href);
  const cells = compareResults(notebook.front.results ?? [], run.results);
  const verdict = verdictOf({
    anchor: anchorOf(opened),
    problems,
    cells,
    datasets: 0,
    shownUnchecked: run.unchecked,
  });
  return {
    problems,
    datasets,
    cells,
    mismatched: run.mismatched,
    unchecked: run.unchecked,
    verdict,
  };
}
