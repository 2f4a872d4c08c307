import { parse, FormatError } from '../../../core/format/index.ts';
import type { FrontMatter, Notebook } from '../../../core/format/types.ts';
import type { ImportSpec } from '../../../core/imports/types.ts';
import { sha256Bytes } from '../../../core/publish/hash.ts';
import { errorText } from '../../../core/errors/translate.ts';
import { i18n, t } from '../../i18n/i18n.svelte.ts';

/** Bytes offered as an import, read: an algobook notebook and its hash, or why not (in words). */
export type ReadImport =
  { ok: true; notebook: Notebook; sha256: string; title: string } | { ok: false; message: string };

/**
 * Checks that `bytes` (from `source`, a URL or a file name) are an algobook notebook: UTF-8
 * text that parses. Their SHA-256 is the pin: the hash of the bytes as they are, not of a
 * normalised text.
 */
export function readImport(bytes: Uint8Array, source: string): ReadImport {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: t('addImport.notText', { source }) };
  }
  try {
    const notebook = parse(text);
    const title = typeof notebook.front.title === 'string' ? notebook.front.title.trim() : '';
    return { ok: true, notebook, sha256: sha256Bytes(bytes), title };
  } catch (error) {
    const reason =
      error instanceof FormatError
        ? errorText(i18n.locale, error.code, error.params, error.message)
        : String(error);
    return { ok: false, message: t('addImport.notNotebook', { source, reason }) };
  }
}

/** The front matter with import `name` pinned to `spec` (after the others, which are kept). */
export function withImport(front: FrontMatter, name: string, spec: ImportSpec): FrontMatter {
  const clean: ImportSpec = { url: spec.url, sha256: spec.sha256 };
  if (spec.title?.trim()) clean.title = spec.title.trim();
  return { ...front, imports: { ...(front.imports ?? {}), [name]: clean } };
}

/**
 * The front matter with import `name` moved to another version: its other keys kept, but not
 * its mirrors, which serve the old version's bytes.
 */
export function withRepin(
  front: FrontMatter,
  name: string,
  to: { url: string; sha256: string },
): FrontMatter {
  const imports = front.imports ?? {};
  if (!Object.hasOwn(imports, name)) return front;
  const { mirrors: _old, ...kept } = imports[name];
  return { ...front, imports: { ...imports, [name]: { ...kept, ...to } } };
}
