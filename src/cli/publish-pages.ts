import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Notebook } from '../core/format/types.ts';
import type { ImportEntry } from '../core/imports/types.ts';
import { isExportLang } from '../core/publish/export-labels.ts';
import { standaloneParts } from '../core/publish/html-export.ts';
import { publishedPageHtml } from '../core/publish/published-page.ts';
import { hrefOf } from '../core/route/href.ts';
import type { OutputsByCell } from '../core/publish/types.ts';
import { fileError } from './notebook-source.ts';
import type { SiteFile } from './publish-site.ts';

/** The pages of a version, or why there are none. */
export type VersionPages = { ok: true; files: SiteFile[] } | { ok: false; why: string };

/**
 * The pages of version `version` of `notebook` (frozen, as published, its `imports` resolved
 * as for its run, whose cells come first as in the export): `<id>/v<n>.html`, never
 * replaced, and `<id>/index.html`, the latest, replaced by each publication. Each is the built
 * app's page in `app` with the version drawn in it (`published-page.ts`); without the built
 * app there is nothing to start the live run, so no page.
 */
export async function versionPages(
  app: string,
  notebook: Notebook,
  outputs: OutputsByCell,
  sha256: string,
  version: number,
  imports?: Readonly<Record<string, ImportEntry>>,
): Promise<VersionPages> {
  const index = join(app, 'index.html');
  let appHtml: string;
  try {
    appHtml = await readFile(index, 'utf8');
  } catch (error) {
    return { ok: false, why: `the built app's ${index} cannot be read (${fileError(error)})` };
  }
  const { id, lang } = notebook.front;
  const parts = await standaloneParts(notebook, outputs, {
    sha256,
    lang: isExportLang(lang) ? lang : 'en',
    footer: 'livePageFooter',
    imports,
  });
  const route = (at?: number) => `../${hrefOf({ name: 'published', id, version: at })}`;
  const file = `v${version}.algo.md`;
  const versioned = publishedPageHtml(appHtml, parts, route(version), file);
  const latest = publishedPageHtml(appHtml, parts, route(), file);
  if (!versioned || !latest) return { ok: false, why: `${index} is not the app's page` };
  return {
    ok: true,
    files: [
      { path: `${id}/v${version}.html`, data: versioned, kind: 'page' },
      { path: `${id}/index.html`, data: latest, kind: 'latest' },
    ],
  };
}
