import { parse, FormatError } from '../../core/format/index.ts';
import type { Notebook } from '../../core/format/types.ts';

export type Loaded =
  | { ok: true; notebook: Notebook; text: string; url: string }
  | { ok: false; message: string; url: string };

/** Fetches and parses a notebook file; every failure becomes a sentence for the person. */
export async function loadNotebook(src: string, base: string = location.href): Promise<Loaded> {
  let url: string;
  try {
    url = new URL(src, base).href;
  } catch {
    return { ok: false, url: src, message: `"${src}" is not a valid address.` };
  }
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    return {
      ok: false,
      url,
      message: `Could not reach ${url}. The server may be down, or it may refuse requests from other sites (CORS); download the file and use "Open file" instead.`,
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      url,
      message: `${url} answered ${response.status} ${response.statusText}.`,
    };
  }
  const text = await response.text();
  return parseText(text, url);
}

export function parseText(text: string, url: string): Loaded {
  try {
    return { ok: true, notebook: parse(text), text, url };
  } catch (error) {
    const message =
      error instanceof FormatError
        ? `This file is not a valid notebook. ${error.message}`
        : `This file could not be read: ${String(error)}`;
    return { ok: false, url, message };
  }
}
