import { SHA256_HEX as SHA256 } from '../core/format/sha256-hex.ts';
import { compareResults, verdictExit, verdictHeadline, verdictOf } from '../core/publish/index.ts';
import { EXIT, type Command } from './command.ts';
import { importChecks } from './import-checks.ts';
import { resolveSourceImports } from './import-loader.ts';
import { isUrl, readNotebookSource } from './notebook-source.ts';
import { runWithDigests } from './run-with-digests.ts';
import { checkIntegrity, type GivenHash } from './version-integrity.ts';
import { verifyJson, writeVerifyText } from './verify-report.ts';

const HELP = `Usage: algobook verify FILE_OR_URL [--sha256 HEX] [--json]

Checks that a published version of a notebook (a *.algo.md file with "version" and "results"
in its front matter, or its http(s) URL) is what was published and still gives its results:

  1. its identity: its text against an anchor, a record of its sha256 the text cannot supply:
     --sha256, the URL's "#sha256=HEX", or the site catalog (../catalog.json, as
     "algobook publish" lays a site out); or a later version beside it whose text has
     the given sha256 and whose parents lead down to this text;
  2. its parent chain: each earlier version's text must hash to the next one's "parent".
     Without a catalog, the earlier versions are found by those hashes among the
     *.algo.md files beside it, whatever their names (for a URL, v<n>.algo.md beside it);
  3. its imports: each notebook it imports (imports:) must still serve the bytes it pins,
     at its URL or a mirror; one that changed is named, with its URL and both hashes;
  4. its results: every code cell is run again on the pinned datasets and imports (inputs
     at their defaults) and the digest of its outputs compared with the published one.

Without an anchor, a copy whose text was edited and re-stamped with its own results would
still reproduce them: the verdict then says that the identity of this copy was not checked.

Cells run in a separate Node process under Node's permission model: they cannot read or
write your files (datasets are read for them), start processes or workers, and reach no
network but the origins the notebook declares (network:); a URL needs --trust.

Options:
  --sha256 HEX  The sha256 the version is known by (e.g. from a link), or a later version's;
                its text (or that later version's) must match
  --json        Print {verdict, identity, anchor, results, problems, datasets, imports,
                cells} as JSON; each import as {name, url, expected, actual, error}
  -h, --help    Show this help

Exit status:
  0  "Reproduced": the text is the anchored one and every cell gives the published output
  1  the cells, datasets and imports that differ are listed, or the text was tampered with
     or its parent chain is broken
  2  FILE_OR_URL cannot be read or is not a valid notebook, is a draft (no results), or the
     command line is wrong
  3  "Results reproduce; the identity of this copy was not checked": no anchor was found

Examples:
  algobook verify site/indice-atmo/v2.algo.md
  algobook verify ~/Downloads/indice-atmo-v2.algo.md     # finds indice-atmo-v1.algo.md
  algobook verify https://example.org/algobook/indice-atmo/v2.algo.md#sha256=4f1c…
  algobook verify copy.algo.md --sha256 4f1c… --json
`;

/** `algobook verify FILE_OR_URL [--sha256 HEX] [--json]`. */
export const verifyCommand: Command = {
  name: 'verify',
  summary: 'Re-run a published version and check its identity, parent chain and every digest',
  help: HELP,
  options: { sha256: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) {
      io.stderr(
        `algobook verify: expected one FILE or URL, got ${positionals.length}. Run "algobook verify --help" for its usage.\n`,
      );
      return EXIT.unusable;
    }
    const arg = positionals[0];
    const given = givenHash(arg, values.sha256);
    if (given && !SHA256.test(given.sha256)) {
      io.stderr(`algobook verify: the sha256 "${given.sha256}" is not 64 hexadecimal digits.\n`);
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
    const integrity = await checkIntegrity(source, given);
    if (!integrity.anchor) {
      integrity.unchecked.unshift(
        "the text's identity: no --sha256, no #sha256= in its link and no site catalog listing it",
      );
    }
    const resolved = await resolveSourceImports(source);
    const imports = importChecks(resolved);
    const run = await runWithDigests(source, resolved);
    const differences = compareResults(front.results, run.results);
    const datasets = run.datasets.filter((d) => d.error !== undefined || d.actual !== d.expected);
    const changed = imports.filter((i) => i.error !== null);
    const findings = {
      anchor: integrity.anchor,
      problems: integrity.problems,
      cells: differences,
      // An imported notebook is an input of the results, as a dataset is.
      datasets: datasets.length + changed.length,
    };
    const verdict = verdictOf(findings);
    const report = { front, integrity, run, differences, datasets, imports, verdict };
    if (values.json === true) {
      io.stdout(`${JSON.stringify(verifyJson(report), null, 2)}\n`);
    } else {
      writeVerifyText(report, io);
    }
    if (verdict.kind === 'unchecked')
      io.stderr(`algobook verify: ${verdictHeadline(verdict).toLowerCase()}.\n`);
    return verdictExit(verdict);
  },
};

/** `--sha256` first, else the URL's `#sha256=`. */
function givenHash(arg: string, flag: unknown): GivenHash | undefined {
  if (typeof flag === 'string') return { kind: 'flag', sha256: flag.toLowerCase() };
  if (!isUrl(arg)) return undefined;
  const fragment = /#(?:.*&)?sha256=([0-9a-fA-F]+)/.exec(arg)?.[1];
  return fragment ? { kind: 'hash', sha256: fragment.toLowerCase() } : undefined;
}
