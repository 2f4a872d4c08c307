import { serialize } from '../../core/format/index.ts';
import { fromIpynb } from '../../core/publish/ipynb-import.ts';
import { PublishError } from '../../core/publish/errors.ts';
import { describePublishError } from '../publish/describe-error.ts';
import { parseText } from './load-notebook.ts';

export type Imported = { ok: true; text: string; title: string } | { ok: false; message: string };

/**
 * A file chosen with "Open file", as notebook text: an `.algo.md` as is, a Jupyter notebook
 * (`.ipynb`) converted (prose and JavaScript cells; another language is refused, with why).
 */
export function importFile(name: string, text: string, base: string = location.href): Imported {
  if (/\.ipynb$/i.test(name) || /^\s*\{/.test(text)) {
    try {
      const notebook = fromIpynb(text);
      return { ok: true, text: serialize(notebook), title: notebook.front.title };
    } catch (error) {
      if (error instanceof PublishError) return { ok: false, message: describePublishError(error) };
      return { ok: false, message: String(error) };
    }
  }
  const loaded = parseText(text, base);
  return loaded.ok
    ? { ok: true, text, title: loaded.notebook.front.title }
    : { ok: false, message: loaded.message };
}
