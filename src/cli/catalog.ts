import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { FormatError, parse } from '../core/format/index.ts';
import { checkVersion, PublishError, readCatalog, type Catalog } from '../core/publish/index.ts';
import { registerEntry } from '../core/register/entry.ts';
import { exportCatalog } from '../core/register/export.ts';
import type { RegisterEntry } from '../core/register/types.ts';
import { EXIT, type Command, type Io } from './command.ts';
import {
  REGISTER_HELP,
  REGISTER_OPTIONS,
  printable,
  registerTarget,
  reportGaps,
  writeExport,
} from './register-export.ts';

/** A site's files are a stranger's: a catalog or a version larger than this is not read. */
const MAX_FILE_BYTES = 8 * 1024 * 1024;

const HELP = `Usage: algobook catalog SITE --to STANDARD [--format csv|json] [--url BASE] [-o OUT]

Exports the register of a site that "algobook publish" wrote: one record per notebook of
SITE/catalog.json, from its latest version's transparency card. Each version file is first
checked against the sha256 the catalog lists; one that does not match, or cannot be read, is
named on standard error and left out (exit status 1). The fields a standard wants that the
cards do not fill are listed on standard error, one a line ("<id>: <field> unknown", "missing",
"longer than N", "not allowed"), then a summary. Nothing is invented: they are left empty.

Options:
${REGISTER_HELP}
  --url BASE         The address the site is served at: each record links to BASE followed
                     by its version's path in the site
  -h, --help         Show this help

Exit status:
  0  the export was written
  1  the export was written without the notebooks named (tampered or unreadable)
  2  the site's catalog cannot be read, OUT cannot be written, or the command line is wrong
`;

/** `algobook catalog SITE --to STANDARD`. */
export const catalogCommand: Command = {
  name: 'catalog',
  summary: "Export a site's catalog to a public register of algorithms (--to etalab|…)",
  help: HELP,
  options: { ...REGISTER_OPTIONS, url: { type: 'string' } },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) {
      io.stderr(
        `algobook catalog: expected one SITE folder, got ${positionals.length}. Run "algobook catalog --help" for its usage.\n`,
      );
      return EXIT.unusable;
    }
    const target = registerTarget(values, 'catalog', io);
    if (!target) return EXIT.unusable;
    const base = siteBase(values.url, io);
    if (base === null) return EXIT.unusable;
    const site = positionals[0];
    const catalog = await readSiteCatalog(site, io);
    if (!catalog) return EXIT.unusable;
    const { entries, failed } = await readEntries(site, catalog, base, io);
    const exported = exportCatalog(target.standard, entries, target.format);
    const output = typeof values.output === 'string' ? values.output : undefined;
    if (!(await writeExport(exported, output, 'catalog', io))) return EXIT.unusable;
    reportGaps(exported, target.standard, entries.length, 'catalog', io);
    return failed ? EXIT.failed : EXIT.ok;
  },
};

/** `--url` as a base URL ending in `/`; undefined when not given, null when it is no http(s) URL. */
function siteBase(value: unknown, io: Io): URL | undefined | null {
  if (value === undefined) return undefined;
  const text = String(value);
  let url: URL | undefined;
  try {
    url = new URL(text.endsWith('/') ? text : `${text}/`);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    io.stderr(`algobook catalog: --url must be an http(s) address, not "${text}".\n`);
    return null;
  }
  return url;
}

async function readSiteCatalog(site: string, io: Io): Promise<Catalog | undefined> {
  const file = join(site, 'catalog.json');
  const text = await readBounded(file);
  if (typeof text !== 'string') {
    io.stderr(`algobook catalog: cannot read ${file}: ${text.error}\n`);
    return undefined;
  }
  try {
    return readCatalog(text);
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    io.stderr(`algobook catalog: ${file}: ${error.message}\n`);
    return undefined;
  }
}

/**
 * The register entry of each notebook's latest version, checked against its listed sha256 before
 * it is parsed; a version that fails is named and left out.
 */
async function readEntries(
  site: string,
  catalog: Catalog,
  base: URL | undefined,
  io: Io,
): Promise<{ entries: RegisterEntry[]; failed: boolean }> {
  const entries: RegisterEntry[] = [];
  let failed = false;
  const leaveOut = (id: string, why: string) => {
    io.stderr(`algobook catalog: ${printable(id)}: ${why} It is left out.\n`);
    failed = true;
  };
  for (const item of catalog.notebooks) {
    const listed = item.versions.find((v) => v.version === item.latest);
    if (!listed) continue; // readCatalog checks that `latest` is listed.
    const file = join(site, listed.path);
    const text = await readBounded(file);
    if (typeof text !== 'string') {
      leaveOut(item.id, `cannot read ${file}: ${text.error}`);
      continue;
    }
    const problems = checkVersion(text, listed.sha256, listed.version);
    if (problems.length) {
      leaveOut(item.id, `${file}: ${problems.map((p) => p.message).join(' ')}`);
      continue;
    }
    let notebook;
    try {
      notebook = parse(text);
    } catch (error) {
      if (!(error instanceof FormatError)) throw error;
      leaveOut(item.id, `${file}:${error.line}: ${error.reason}`);
      continue;
    }
    const { front } = notebook;
    entries.push(
      registerEntry(notebook, {
        id: item.id,
        title: front.title,
        ...(front.lang ? { lang: front.lang } : {}),
        ...(front.license ? { license: front.license } : {}),
        version: listed.version,
        published: listed.published,
        sha256: listed.sha256,
        ...(base ? { url: new URL(listed.path, base).href } : {}),
      }),
    );
  }
  return { entries, failed };
}

/** A file's text, unless it is larger than {@link MAX_FILE_BYTES} or cannot be read. */
async function readBounded(file: string): Promise<string | { error: string }> {
  try {
    const { size } = await stat(file);
    if (size > MAX_FILE_BYTES)
      return { error: `it is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.` };
    return await readFile(file, 'utf8');
  } catch (error) {
    return { error: `${(error as NodeJS.ErrnoException).code ?? String(error)}.` };
  }
}
