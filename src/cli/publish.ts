import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from '../core/format/parse.ts';
import type { DatasetSpec, Notebook } from '../core/format/types.ts';
import {
  addToCatalog,
  checkChain,
  emptyCatalog,
  freezeVersion,
  lineageOf,
  PublishError,
  readCatalog,
  sha256Bytes,
  snapshotPath,
  type Catalog,
  type CatalogEntry,
  type VersionText,
  unchangedSince,
} from '../core/publish/index.ts';
import { snapshotFileText } from '../core/publish/snapshot-file.ts';
import { BUILT_APP } from './built-app.ts';
import { EXIT, type Command, type Io } from './command.ts';
import { fileError, readNotebookSource } from './notebook-source.ts';
import { resolveSourceImports } from './import-loader.ts';
import { versionPages } from './publish-pages.ts';
import { datasetPath, isWebUrl } from './publish-paths.ts';
import { SiteWriteError, writeSiteFiles, type SiteFile } from './publish-site.ts';
import { errorLine } from './render-text.ts';
import { exportOutputs, runWithDigests } from './run-with-digests.ts';

const HELP = `Usage: algobook publish FILE --site DIR -m MESSAGE [--allow-same] [--app DIR]

Publishes the notebook FILE (*.algo.md) as the next version in the static site DIR:

  - runs it (as "algobook run" does) to record the digest of every cell's outputs; a notebook
    whose cells fail is not published;
  - writes DIR/<id>/v<n>.algo.md, n being one more than the latest version in the site, with
    "version", "published", "message", "parent" (the sha256 of version n-1, or of the version
    it was forked from) and "results" added to its front matter. An existing file is never
    overwritten, and a site whose versions of the notebook no longer match their hashes or
    their parent chain is refused;
  - writes DIR/<id>/v<n>.outputs.json beside it: the snapshot of what each cell showed in
    that run (tables up to their first rows, charts as Vega-Lite specs), bound to the
    version's sha256, which the app paints at once while it runs the version again. An
    existing file is never overwritten either;
  - writes the version's page, DIR/<id>/v<n>.html (never overwritten), and the latest
    version's, DIR/<id>/index.html (replaced): the built app's page with the version's
    results already drawn in it, so that a reader sees them as soon as the page arrives; the
    app then starts in it and runs the version again, as from the catalog. Serve the site
    and the app together ("algobook serve"). Without a built app there is no page;
  - copies the datasets pinned with a relative path into DIR/<id>/data/, named by their hash,
    so that every version keeps its own bytes. Their paths read as URLs, as "algobook run"
    reads them ("a%20b.csv" is the file "a b.csv"), and must stay inside the notebook's folder:
    an absolute path, ".." that climbs out or a symbolic link to elsewhere is refused;
  - updates DIR/catalog.json (created when missing), which the app lists on its home page;
    a fork of a notebook of the same site is listed under that notebook's "forks".

A notebook that has not changed since its latest version in the site (same text, front
matter and datasets) is not published again: the command says so and writes nothing, unless
--allow-same is given.

Every file is written under a temporary name and then moved in, the catalog last: if any step
fails, the site is left as it was.

Cells run in a separate Node process under Node's permission model: they cannot read or
write your files (datasets are read for them), start processes or workers, and reach no
network but the origins the notebook declares (network:). Publish only notebooks you trust.

Options:
  --site DIR      The site folder (created when missing)
  -m, --message   What changed in this version (required)
  --allow-same    Publish a new version even if nothing changed since the latest one
  --app DIR       The built app the pages start (by default this package's dist/, written
                  by "npm run build")
  -h, --help      Show this help

Exit status:
  0  published, or nothing changed since the latest version (nothing written)
  1  not published: a cell failed, or the site's versions of the notebook are broken
  2  FILE or the catalog cannot be read, a dataset's path leaves the notebook's folder, or the
     command line is wrong

Example:
  algobook publish examples/indice-atmo.algo.md --site public/site -m "First version"
`;

/** `algobook publish FILE --site DIR -m MESSAGE`. */
export const publishCommand: Command = {
  name: 'publish',
  summary: 'Publish the next version of a notebook to a static site folder and its catalog',
  help: HELP,
  options: {
    site: { type: 'string' },
    message: { type: 'string', short: 'm' },
    'allow-same': { type: 'boolean' },
    app: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    const usage = (why: string) => {
      io.stderr(`algobook publish: ${why}. Run "algobook publish --help" for its usage.\n`);
      return EXIT.unusable;
    };
    if (positionals.length !== 1)
      return usage(`expected one notebook FILE, got ${positionals.length}`);
    const site = values.site;
    const message = values.message;
    if (typeof site !== 'string' || !site) return usage('say where the site is with --site DIR');
    if (typeof message !== 'string' || !message.trim()) {
      return usage('say what changed with -m MESSAGE');
    }
    const source = await readNotebookSource(positionals[0], 'publish', io);
    if (!source || source.base.kind !== 'dir') return EXIT.unusable;
    const { notebook } = source;
    const id = notebook.front.id;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id) || id.includes('..')) {
      io.stderr(
        `algobook publish: the notebook id "${id}" cannot name a folder of the site; use letters, digits, "-", "_" and "." only.\n`,
      );
      return EXIT.unusable;
    }

    const files = await datasetFiles(notebook, source.base.dir, io);
    if (!files) return EXIT.unusable;

    const catalogFile = join(site, 'catalog.json');
    const catalog = await loadCatalog(catalogFile, io);
    if (!catalog) return EXIT.unusable;
    const entry = catalog.notebooks.find((item) => item.id === id);
    const chain = entry && (await soundChain(site, entry, io));
    if (chain === false) return EXIT.failed;
    if (chain && !sameLineage(chain, notebook, io)) return EXIT.failed;
    if (!checkFork(notebook, catalog, io)) return EXIT.failed;

    const datasets = copiedDatasets(notebook, files, id, io);
    if (!datasets) return EXIT.failed;
    const latest = entry?.versions.find((v) => v.version === entry.latest);
    const withCopies = notebook.front.datasets ? { datasets: datasets.specs } : {};
    const draft = { ...notebook, front: { ...notebook.front, ...withCopies } };
    const previous = chain && chain.find((v) => v.version === latest?.version);
    if (previous && values['allow-same'] !== true && unchangedSince(draft, parse(previous.text))) {
      io.stdout(
        `Nothing changed since version ${previous.version} of "${notebook.front.title}" (sha256 ${previous.sha256 ?? ''}): no new version was published. Use --allow-same to publish it again.\n`,
      );
      return EXIT.ok;
    }

    // Resolved once: for the run, and for the page, which shows the imported cells first.
    const imports = await resolveSourceImports(source);
    const run = await runWithDigests(source, imports);
    const failed = run.cells.filter((cell) => cell.kind === 'code' && cell.status !== 'done');
    if (failed.length) {
      io.stderr(
        `algobook publish: not published: ${failed.length} code cell${failed.length === 1 ? '' : 's'} failed in ${source.name}:\n`,
      );
      for (const cell of failed) {
        const error =
          cell.kind === 'code' ? cell.outputs.find((o) => o.kind === 'error') : undefined;
        if (error?.kind === 'error' && cell.kind === 'code')
          io.stderr(`  ${errorLine(error, cell)}\n`);
      }
      return EXIT.failed;
    }

    const frozen = freezeVersion(draft, {
      previous: latest && { version: latest.version, sha256: latest.sha256 },
      message,
      results: run.results,
      now: new Date(),
    });
    const version = frozen.notebook.front.version ?? 1;
    const path = `${id}/v${version}.algo.md`;
    const { front } = frozen.notebook;
    const updated = addToCatalog(
      catalog,
      {
        id,
        title: front.title,
        summary: typeof front.summary === 'string' ? front.summary : undefined,
        license: typeof front.license === 'string' ? front.license : undefined,
        lang: typeof front.lang === 'string' ? front.lang : undefined,
        translationOf: typeof front.translationOf === 'string' ? front.translationOf : undefined,
        forkOf: front.forkOf,
      },
      {
        version,
        sha256: frozen.sha256,
        published: String(front.published),
        message: String(front.message),
        path,
      },
    );
    // The snapshot's cells are numbered as the run's notebook's, which freezing keeps.
    const outputs = exportOutputs(source, run.cells);
    const snapshot = snapshotFileText(notebook, outputs, frozen.sha256);
    const app = typeof values.app === 'string' ? values.app : BUILT_APP;
    const pages = await versionPages(
      app,
      frozen.notebook,
      outputs,
      frozen.sha256,
      version,
      imports,
    );
    const writes: SiteFile[] = [
      ...datasets.files,
      { path, data: frozen.text, kind: 'version' },
      { path: snapshotPath(path), data: snapshot, kind: 'snapshot' },
      ...(pages.ok ? pages.files : []),
      { path: 'catalog.json', data: `${JSON.stringify(updated, null, 2)}\n`, kind: 'catalog' },
    ];
    try {
      await writeSiteFiles(site, writes);
    } catch (error) {
      if (!(error instanceof SiteWriteError)) throw error;
      // `exists`: a version is never replaced, even one the catalog does not list.
      const why = error.reason === 'exists' ? 'it already exists' : fileError(error.cause);
      io.stderr(
        `algobook publish: not published: cannot write ${error.path}: ${why}. The site is unchanged.\n`,
      );
      return EXIT.failed;
    }
    io.stdout(
      `Published "${front.title}" version ${version} (sha256 ${frozen.sha256}) to ${join(site, path)}.\n`,
    );
    if (pages.ok)
      io.stdout(`Its page: ${join(site, id, `v${version}.html`)} (latest: ${join(site, id)}/).\n`);
    else
      io.stderr(
        `algobook publish: note: no page was written for this version: ${pages.why}. Build the app ("npm run build") or name it with --app DIR, then publish the next version.${version > 1 ? ` Until then ${join(site, id, 'index.html')}, if there, still shows an earlier version.` : ''}\n`,
      );
    return EXIT.ok;
  },
};

async function loadCatalog(file: string, io: Io): Promise<Catalog | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyCatalog();
    io.stderr(`algobook publish: cannot read ${file}: ${fileError(error)}.\n`);
    return undefined;
  }
  try {
    return readCatalog(text);
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    io.stderr(`algobook publish: ${file}: ${error.message}\n`);
    return undefined;
  }
}

/**
 * The site's versions under this id are the same notebook as the draft: versions chain by
 * lineage, so another notebook that happens to use the same `id` (a copy of it, made in the app)
 * must not extend its chain.
 */
function sameLineage(versions: readonly VersionText[], notebook: Notebook, io: Io): boolean {
  const latest = versions.reduce<VersionText | undefined>(
    (a, b) => (a && a.version > b.version ? a : b),
    undefined,
  );
  if (!latest) return true;
  const published = lineageOf(parse(latest.text).front);
  const draft = lineageOf(notebook.front);
  if (published === draft) return true;
  io.stderr(
    `algobook publish: not published: the site's "${notebook.front.id}" is another notebook (lineage ${published.slice(0, 12)}…), not this one (lineage ${draft.slice(0, 12)}…): two copies of a notebook do not share a chain of versions. Give this one another "id" to publish it beside the other.\n`,
  );
  return false;
}

/** The published versions of the notebook, when they still match their hashes and chain. */
async function soundChain(
  site: string,
  entry: CatalogEntry,
  io: Io,
): Promise<VersionText[] | false> {
  const versions: VersionText[] = [];
  for (const listed of entry.versions) {
    try {
      versions.push({
        version: listed.version,
        sha256: listed.sha256,
        text: await readFile(join(site, listed.path), 'utf8'),
      });
    } catch (error) {
      io.stderr(
        `algobook publish: not published: version ${listed.version} of "${entry.id}" (${join(site, listed.path)}) cannot be read: ${fileError(error)}.\n`,
      );
      return false;
    }
  }
  const problems = checkChain(versions);
  if (!problems.length) return versions;
  io.stderr(`algobook publish: not published: the site's versions of "${entry.id}" are broken:\n`);
  for (const problem of problems) io.stderr(`  ${problem.message}\n`);
  return false;
}

/** A fork's origin, when published on the same site, must be the version it names. */
function checkFork(notebook: Notebook, catalog: Catalog, io: Io): boolean {
  const forkOf = notebook.front.forkOf;
  if (!forkOf) return true;
  const origin = catalog.notebooks.find((item) => item.id === forkOf.id);
  const listed = origin?.versions.find((v) => v.version === forkOf.version);
  if (!origin || !listed || listed.sha256 === forkOf.sha256) return true;
  io.stderr(
    `algobook publish: not published: the notebook is a fork of "${forkOf.id}" version ${forkOf.version} with sha256 ${forkOf.sha256.slice(0, 12)}…, but this site lists that version with ${listed.sha256.slice(0, 12)}….\n`,
  );
  return false;
}

/** A dataset pinned by a relative path: its file inside the notebook's folder. */
interface DatasetFile {
  name: string;
  file: string;
  fileName: string;
}

/**
 * The files of the datasets pinned by a relative path, each inside the notebook's folder; on a
 * path that leaves it, says why and how to fix it, and gives undefined.
 */
async function datasetFiles(
  notebook: Notebook,
  dir: string,
  io: Io,
): Promise<DatasetFile[] | undefined> {
  const files: DatasetFile[] = [];
  for (const [name, spec] of Object.entries(notebook.front.datasets ?? {})) {
    if (isWebUrl(spec.url)) continue;
    const path = await datasetPath(spec.url, dir);
    if (!path.ok) {
      io.stderr(
        `algobook publish: not published: dataset "${name}" has url "${spec.url}", which ${path.why}. Publishing copies a dataset into the public site, so only files inside the notebook's folder (${dir}) are copied: ${path.fix}.\n`,
      );
      return undefined;
    }
    files.push({ name, file: path.file, fileName: path.name });
  }
  return files;
}

/**
 * The copies of the datasets pinned by a relative path, under `<id>/data/<first 16 hex digits
 * of their sha256>/<file name>`, and the datasets with their `url` pointing there (percent-
 * encoded, as a URL). Web URLs are left as they are; relative mirrors are dropped.
 */
function copiedDatasets(
  notebook: Notebook,
  files: readonly DatasetFile[],
  id: string,
  io: Io,
): { specs: Record<string, DatasetSpec>; files: SiteFile[] } | undefined {
  const specs: Record<string, DatasetSpec> = { ...notebook.front.datasets };
  const copies: SiteFile[] = [];
  for (const { name, file, fileName } of files) {
    const spec = specs[name];
    const bytes = readBytes(file);
    const sha = sha256Bytes(bytes);
    if (sha !== spec.sha256) {
      io.stderr(
        `algobook publish: not published: dataset "${name}" (${spec.url}) has sha256 ${sha.slice(0, 12)}…, not the pinned ${spec.sha256.slice(0, 12)}….\n`,
      );
      return undefined;
    }
    const relative = `data/${sha.slice(0, 16)}/${encodeURIComponent(fileName)}`;
    copies.push({
      path: `${id}/data/${sha.slice(0, 16)}/${fileName}`,
      data: bytes,
      kind: 'dataset',
    });
    const mirrors = spec.mirrors?.filter(isWebUrl);
    const copy: DatasetSpec = { ...spec, url: relative };
    if (mirrors?.length) copy.mirrors = mirrors;
    else delete copy.mirrors;
    specs[name] = copy;
  }
  return { specs, files: copies };
}

// Read whole: a pinned dataset was hashed whole by the run already.
function readBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}
