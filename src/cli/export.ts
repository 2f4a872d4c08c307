import { writeFile } from 'node:fs/promises';
import { canonicalText, textHash, toIpynb, toStandaloneHtml } from '../core/publish/index.ts';
import { EXPORT_LANGS, isExportLang, type ExportLang } from '../core/publish/export-labels.ts';
import type { Notebook } from '../core/format/types.ts';
import { deriveCard, type TransparencyCard } from '../core/citizen/index.ts';
import { EXIT, type Command } from './command.ts';
import { importFailures, resolveSourceImports } from './import-loader.ts';
import type { ImportEntry } from '../core/imports/types.ts';
import { fileError, readNotebookSource } from './notebook-source.ts';
import { exportOutputs, runWithDigests } from './run-with-digests.ts';
import { exportTarget } from './export-target.ts';

const FORMATS = ['ipynb', 'html', 'md'] as const;

const HELP = `Usage: algobook export FILE --to ipynb|html|md [--lang fr|en] [-o OUT|-]

Writes the notebook FILE (*.algo.md, or an http(s) URL) in another format:

  ipynb  a Jupyter notebook (nbformat 4.5): prose as markdown cells, code as JavaScript code
         cells with their outputs (text, HTML tables, Vega-Lite charts with an SVG drawing),
         the front matter under metadata.algobook
  html   one self-contained HTML page to read offline without running anything: outputs baked
         in, charts as SVG, code folded, datasets with their sources, licences and hashes, the
         version and its sha256, and the transparency card
  md     the canonical notebook text (*.algo.md) exactly as publishing hashes it

For ipynb and html the notebook is run first, as "algobook run" runs it (inputs at their
defaults), and the notebooks it imports (\`imports:\`, each checked against its pin) are
inlined before its own cells, each marked with its source and sha256. Warning: on the command line, cells run with your permissions, outside the
browser's sandbox. Export only notebooks you trust.

Options:
  --to FORMAT  ipynb, html or md
  --lang LANG  fr or en: the language of the export's labels and of algobook's own errors
               (the notebook's own words are not translated); by default the notebook's
               "lang" front-matter key, else English
  -o OUT       Write to the file OUT (replaced if it exists); "-o -" prints to standard
               output. Without -o, writes next to FILE, named after it (x.algo.md gives
               x.ipynb or x.html, replaced if it exists; in the current folder for a URL);
               "--to md" needs -o, so as never to replace FILE itself
  -h, --help   Show this help

Exit status:
  0  written (cells that failed show their errors in the export; a note is printed on stderr)
  2  FILE cannot be read or is not a valid notebook, or the command line is wrong

Examples:
  algobook export examples/indice-atmo.algo.md --to html        # examples/indice-atmo.html
  algobook export examples/indice-atmo.algo.md --to ipynb -o atmo.ipynb
  algobook export examples/indice-atmo.algo.md --to md -o -     # the canonical text
  algobook export examples/indice-atmo.algo.md --to html --lang fr -o indice-atmo.fr.html
`;

/** `algobook export FILE --to ipynb|html|md [--lang fr|en] [-o OUT|-]`. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a notebook as Jupyter (.ipynb), a standalone HTML page, or canonical .algo.md',
  help: HELP,
  options: {
    to: { type: 'string' },
    lang: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  async run({ values, positionals }, io) {
    const usage = (why: string) => {
      io.stderr(`algobook export: ${why}. Run "algobook export --help" for its usage.\n`);
      return EXIT.unusable;
    };
    if (positionals.length !== 1)
      return usage(`expected one notebook FILE, got ${positionals.length}`);
    const to = values.to;
    if (typeof to !== 'string') return usage(`say which format with --to (${FORMATS.join(', ')})`);
    const format = FORMATS.find((known) => known === to);
    if (!format) return usage(`unknown format "${to}"; expected one of ${FORMATS.join(', ')}`);
    const given = values.lang;
    if (given !== undefined && !isExportLang(given)) {
      return usage(
        `unknown language "${String(given)}"; expected one of ${EXPORT_LANGS.join(', ')}`,
      );
    }
    const source = await readNotebookSource(positionals[0], 'export', io);
    if (!source) return EXIT.unusable;
    const output = values.output;
    const target = exportTarget(source, format, typeof output === 'string' ? output : undefined);
    if (!target)
      return usage(
        `--to md would replace ${source.name} itself; name the copy with -o OUT, or print it with -o -`,
      );
    const lang: ExportLang =
      given ?? (isExportLang(source.notebook.front.lang) ? source.notebook.front.lang : 'en');
    let out: string;
    if (to === 'md') out = canonicalText(source.notebook);
    else {
      const imports = await resolveSourceImports(source);
      for (const line of importFailures(imports)) io.stderr(`algobook export: ${line}\n`);
      const run = await runWithDigests(source);
      const outputs = exportOutputs(source, run.cells);
      const failed = run.cells.filter((cell) => cell.kind === 'code' && cell.status !== 'done');
      if (failed.length) {
        io.stderr(
          `algobook export: note: ${failed.length} code cell${failed.length === 1 ? '' : 's'} failed; the export shows the errors.\n`,
        );
      }
      out =
        to === 'ipynb'
          ? await toIpynb(source.notebook, outputs, { lang, imports })
          : await toStandaloneHtml(source.notebook, outputs, {
              lang,
              sha256: textHash(source.text),
              card: cardOf(source.notebook, imports),
              imports,
            });
    }
    if (target.kind === 'stdout') {
      io.stdout(out);
      return EXIT.ok;
    }
    try {
      await writeFile(target.path, out);
    } catch (error) {
      io.stderr(`algobook export: cannot write ${target.path}: ${fileError(error)}.\n`);
      return EXIT.unusable;
    }
    io.stderr(`Wrote ${target.path}\n`);
    return EXIT.ok;
  },
};

/** The transparency card; one the notebook cannot give must not cost the export. */
function cardOf(
  notebook: Notebook,
  imports: Record<string, ImportEntry>,
): TransparencyCard | undefined {
  try {
    return deriveCard(notebook, imports);
  } catch {
    return undefined;
  }
}
