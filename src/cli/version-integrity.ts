import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { FormatError, parse } from '../core/format/index.ts';
import {
  chainAnchor,
  checkChain,
  MAX_LATER_VERSIONS,
  checkVersion,
  PublishError,
  readCatalog,
  type Anchor,
  textHash,
  type ChainProblem,
  type Catalog,
  type VersionText,
  type FindVersion,
  walkChain,
} from '../core/publish/index.ts';
import { fetchText, type NotebookSource } from './notebook-source.ts';
import { versionsBeside } from './versions-beside.ts';

/** What could be checked of a version's text and its chain, and what is wrong with them. */
export interface Integrity {
  /** One line per check made, for the report: what the text was compared with. */
  checked: string[];
  /** What could not be checked, and why (not a failure). */
  unchecked: string[];
  problems: ChainProblem[];
  /** What the text was checked against: the first of the flag, the link, the catalog. */
  anchor: Anchor | null;
}

/** A hash the version is known by, from outside its text: `--sha256` or the link's `#sha256=`. */
export interface GivenHash {
  kind: 'flag' | 'hash';
  sha256: string;
}

/**
 * Checks a published version's text: against `expected` (given on the command line or in the
 * URL's `#sha256=`), against the site catalog next to it (`../catalog.json`, as `algobook publish`
 * lays a site out), and its parent chain through the earlier versions listed there, or else
 * found beside it by the hashes its chain names (`versionsBeside`).
 */
export async function checkIntegrity(
  source: NotebookSource,
  given?: GivenHash,
): Promise<Integrity> {
  const result: Integrity = { checked: [], unchecked: [], problems: [], anchor: null };
  const version = source.notebook.front.version ?? 0;
  const own = textHash(source.text);
  const beside = versionsBeside(source, version);
  if (given) {
    const anchor = { kind: given.kind, sha256: given.sha256 };
    const mismatch = checkVersion(source.text, given.sha256, version);
    // The given hash may be a later version's: then its parents must lead to this text.
    const chained = mismatch.length ? await chainFrom(source, version, anchor, beside) : null;
    if (chained) {
      result.checked.push(
        `text through the parent chain from version ${chained.version}, whose text has the given sha256 ${given.sha256.slice(0, 12)}…`,
      );
      result.anchor = chained;
    } else {
      result.checked.push(`text against the given sha256 ${given.sha256.slice(0, 12)}…`);
      result.problems.push(...mismatch);
      result.anchor = anchor;
    }
  }
  const catalog = await readNearbyCatalog(source);
  if (typeof catalog === 'string') result.unchecked.push(catalog);
  const entry =
    typeof catalog === 'object'
      ? catalog.catalog.notebooks.find((item) => item.id === source.notebook.front.id)
      : undefined;
  if (typeof catalog === 'object' && !entry) {
    result.unchecked.push(`the site catalog does not list "${source.notebook.front.id}"`);
  }
  const chain: VersionText[] = [];
  if (typeof catalog === 'object' && entry) {
    const listed = entry.versions.find((v) => v.version === version);
    if (listed) {
      result.checked.push(
        `text against the site catalog (version ${version}: ${listed.sha256.slice(0, 12)}…)`,
      );
      result.problems.push(...checkVersion(source.text, listed.sha256, version));
      result.anchor ??= { kind: 'catalog', url: catalog.where, sha256: listed.sha256 };
    } else {
      result.unchecked.push(`the site catalog does not list version ${version} of "${entry.id}"`);
    }
    for (const v of entry.versions) {
      if (v.version >= version) continue;
      const text = await catalog.read(v.path);
      if (typeof text !== 'string') {
        result.unchecked.push(`version ${v.version}: ${text.error}`);
        return result;
      }
      chain.push({ version: v.version, text, sha256: v.sha256 });
    }
  } else {
    // No catalog: the earlier versions are the ones this version's own chain names.
    const walked = await walkChain({ version, text: source.text }, beside);
    if (walked.missing) {
      const { version: n, sha256 } = walked.missing;
      result.unchecked.push(
        `the parent chain: version ${n} (sha256 ${sha256.slice(0, 12)}…) is not beside the file`,
      );
      return result;
    }
    chain.push(...walked.below);
  }
  chain.push({ version, text: source.text, sha256: own });
  result.checked.push(
    version > 1 ? `parent chain through versions 1 to ${version}` : 'parent of version 1',
  );
  // The earlier versions' own problems are reported too: a chain is only as sound as its links.
  result.problems.push(
    ...checkChain(chain).filter((p) => !(p.kind === 'tampered' && p.version === version)),
  );
  return result;
}

/**
 * The chain anchor of this version when `anchor` names a later version found beside it (any
 * `*.algo.md` in its folder; for a URL, `v<n>.algo.md` read upwards until one is missing),
 * whose parents lead down to this text.
 */
async function chainFrom(
  source: NotebookSource,
  version: number,
  anchor: Exclude<Anchor, { kind: 'chain' }>,
  beside: FindVersion,
): Promise<Extract<Anchor, { kind: 'chain' }> | null> {
  const target = { version, text: source.text };
  if (source.base.kind === 'dir') {
    const text = await beside(anchor.sha256);
    const top = text === undefined ? undefined : versionOf(text);
    if (text === undefined || top === undefined || top <= version) return null;
    const { below } = await walkChain({ version: top, text }, beside);
    const later = [...below.filter((v) => v.version > version), { version: top, text }];
    return chainAnchor(anchor, target, later);
  }
  const later: VersionText[] = [];
  for (let n = version + 1; n <= version + MAX_LATER_VERSIONS; n++) {
    const text = await readSibling(source, `v${n}.algo.md`);
    if (typeof text !== 'string') break;
    later.push({ version: n, text });
    if (textHash(text) === anchor.sha256.toLowerCase()) break;
  }
  return chainAnchor(anchor, target, later);
}

function versionOf(text: string): number | undefined {
  try {
    return parse(text).front.version;
  } catch (error) {
    if (error instanceof FormatError) return undefined;
    throw error;
  }
}

interface NearbyCatalog {
  catalog: Catalog;
  /** Its URL or file path. */
  where: string;
  read(path: string): Promise<string | { error: string }>;
}

/** `../catalog.json` from the version, parsed; a string says why there is none to use. */
async function readNearbyCatalog(
  source: NotebookSource,
): Promise<NearbyCatalog | string | undefined> {
  if (source.base.kind === 'url') {
    const url = new URL('../catalog.json', source.base.url);
    const text = await fetchText(url);
    if (typeof text !== 'string')
      return text.status === 404 ? undefined : `the site catalog: ${text.error}`;
    return parsed(text, url.href, async (path) => fetchText(new URL(path, url)));
  }
  const root = dirname(source.base.dir);
  const file = join(root, 'catalog.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  return parsed(text, file, async (path) => {
    try {
      return await readFile(join(root, path), 'utf8');
    } catch {
      return { error: `${join(root, path)} cannot be read` };
    }
  });
}

function parsed(text: string, where: string, read: NearbyCatalog['read']): NearbyCatalog | string {
  try {
    return { catalog: readCatalog(text), where, read };
  } catch (error) {
    if (error instanceof PublishError) return `the site catalog ${where}: ${error.message}`;
    throw error;
  }
}

async function readSibling(
  source: NotebookSource,
  name: string,
): Promise<string | { error: string }> {
  if (source.base.kind !== 'url') return { error: `${name} is not read beside a file` };
  return fetchText(new URL(name, source.base.url));
}
