import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { openBundle } from './bundle-source.ts';
import { FormatError, parse } from '../core/format/index.ts';
import type { Notebook } from '../core/format/types.ts';
import type { Io } from './command.ts';

/** A notebook read from a file or an http(s) URL, with where its relative paths start. */
export interface NotebookSource {
  text: string;
  notebook: Notebook;
  /** How messages name it: the path or URL as given. */
  name: string;
  /** The folder of the file, or the URL itself (relative URLs resolve against it). */
  base: { kind: 'dir'; dir: string; file: string } | { kind: 'url'; url: URL };
}

/** True for the `http(s)://…` arguments read over the network. */
export function isUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

/**
 * Reads and parses FILE or URL for `algobook <command>`; on failure says why on stderr (the
 * line, for a malformed notebook) and returns undefined: the command exits with status 2.
 */
export async function readNotebookSource(
  arg: string,
  command: string,
  io: Io,
): Promise<NotebookSource | undefined> {
  let text: string;
  let base: NotebookSource['base'];
  if (isUrl(arg)) {
    const url = new URL(arg);
    const fetched = await fetchText(url);
    if (typeof fetched !== 'string' || fetched === undefined) {
      io.stderr(`algobook ${command}: ${fetched.error}\n`);
      return undefined;
    }
    text = fetched;
    base = { kind: 'url', url };
  } else if (/\.zip$/i.test(arg)) {
    const opened = await openBundle(arg);
    if ('error' in opened) {
      io.stderr(`algobook ${command}: ${opened.error}\n`);
      return undefined;
    }
    ({ text, base } = opened);
  } else {
    try {
      text = await readFile(arg, 'utf8');
    } catch (error) {
      io.stderr(`algobook ${command}: cannot read ${arg}: ${fileError(error)}.\n`);
      return undefined;
    }
    base = { kind: 'dir', dir: dirname(resolve(arg)), file: resolve(arg) };
  }
  try {
    return { text, notebook: parse(text), name: arg, base };
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    io.stderr(`${arg}:${error.line}: ${error.reason}\n`);
    return undefined;
  }
}

/** A URL's text, or why it could not be had. */
export async function fetchText(url: URL): Promise<string | { error: string; status?: number }> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    const cause =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    return { error: `could not reach ${url.href} (${cause}).` };
  }
  if (!response.ok) {
    return {
      error: `${url.href} answered ${response.status} ${response.statusText}.`,
      status: response.status,
    };
  }
  return response.text();
}

export function fileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error);
}
