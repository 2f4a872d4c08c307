import { errorName } from '../errors/error-names.ts';
import { errorText } from '../errors/translate.ts';
// French exports word their errors in French.
import '../errors/french.ts';
import { exportWords, type ExportLang, type ExportWords } from './export-labels.ts';
import type { Notebook } from '../format/types.ts';
import type { ImportEntry } from '../imports/types.ts';
import { importedGroups } from './imported-groups.ts';
import { chartSvg } from './chart-svg.ts';
import { chartLabel, inputText, tableHtml, tablePlain, valueText } from './output-text.ts';
import type { ExportOutput, OutputsByCell } from './types.ts';

/**
 * The MIME type Jupyter renders Vega-Lite under. JupyterLab's and VS Code's built-in renderers
 * know `v5` (not yet `v6`); the charts algobook makes use nothing Vega-Lite 6 added, so they
 * are offered as v5 specs, with an SVG beside them for viewers without Vega.
 */
export const VEGA_LITE_MIME = 'application/vnd.vegalite.v5+json';
const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';

type MimeBundle = Record<string, unknown>;
type JupyterOutput =
  | { output_type: 'display_data'; data: MimeBundle; metadata: Record<string, unknown> }
  | {
      output_type: 'execute_result';
      execution_count: number | null;
      data: MimeBundle;
      metadata: Record<string, unknown>;
    }
  | { output_type: 'error'; ename: string; evalue: string; traceback: string[] };

/**
 * The notebook as a Jupyter notebook (nbformat 4.5, JSON text): prose as markdown cells, code as
 * JavaScript code cells with the outputs given for them (plain text, an HTML table, a Vega-Lite
 * spec with an SVG drawing of it), and the front matter under `metadata.algobook`, so that
 * `fromIpynb` gives the notebook back. The notebooks it imports (`options.imports`, resolved)
 * come first, each after a markdown cell saying where it comes from and its hash, their cells
 * marked `metadata.algobook.imported` (which `fromIpynb` leaves out) and not run.
 */
export async function toIpynb(
  notebook: Notebook,
  outputs: OutputsByCell = new Map(),
  options: {
    /** The language of the outputs' labels ("12 rows") and of algobook's own errors. */
    lang?: ExportLang;
    /** The notebook's resolved imports, whose cells are inlined before its own. */
    imports?: Readonly<Record<string, ImportEntry>>;
  } = {},
): Promise<string> {
  const words = exportWords(options.lang);
  let count = 0;
  const cells: unknown[] = importedCells(options.imports, words);
  for (const [index, cell] of notebook.cells.entries()) {
    const id = `cell-${index + 1}`;
    if (cell.kind === 'markdown') {
      cells.push({ id, cell_type: 'markdown', metadata: {}, source: lines(cell.source) });
      continue;
    }
    const given = outputs.get(cell.id);
    const metadata: Record<string, unknown> = {};
    if (cell.options) metadata.algobook = { options: cell.options };
    if (/(^|\s)echo\s*=\s*false\b/.test(cell.options)) metadata.jupyter = { source_hidden: true };
    const execution = given ? ++count : null;
    const converted: JupyterOutput[] = [];
    for (const output of given ?? []) converted.push(await toJupyter(output, execution, words));
    cells.push({
      id,
      cell_type: 'code',
      execution_count: execution,
      metadata,
      source: lines(cell.source),
      outputs: converted,
    });
  }
  const ipynb = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: {
        name: 'javascript',
        display_name: 'JavaScript (algobook)',
        language: 'javascript',
      },
      language_info: { name: 'javascript', file_extension: '.js', mimetype: 'text/javascript' },
      title: notebook.front.title,
      // Plain JSON (dates as ISO strings), keys in the file's order.
      algobook: JSON.parse(JSON.stringify(notebook.front)) as unknown,
    },
    cells,
  };
  return `${JSON.stringify(ipynb, null, 1)}\n`;
}

/** The imported notebooks' cells, each group after its marker, as `toIpynb` inlines them. */
function importedCells(
  imports: Readonly<Record<string, ImportEntry>> | undefined,
  words: ExportWords,
): unknown[] {
  return importedGroups(imports).flatMap((group, g) => {
    const imported = { name: group.name, url: group.url, sha256: group.sha256 };
    const metadata = { algobook: { imported } };
    // In code spans, with any backtick of a relative URL escaped, so the URL reads as itself.
    const code = (text: string) => `\`${text.replaceAll('`', '%60')}\``;
    const marker = `## ${group.title}\n\n${words('importedFrom', { url: code(group.url), sha256: code(group.sha256) })}`;
    const id = (i: number) => `import-${g + 1}-${i}`;
    return [
      { id: id(0), cell_type: 'markdown', metadata, source: lines(marker) },
      ...group.cells.map((cell, i) =>
        cell.kind === 'markdown'
          ? { id: id(i + 1), cell_type: 'markdown', metadata, source: lines(cell.source) }
          : {
              id: id(i + 1),
              cell_type: 'code',
              execution_count: null,
              metadata,
              source: lines(cell.source),
              outputs: [],
            },
      ),
    ];
  });
}

async function toJupyter(
  output: ExportOutput,
  execution: number | null,
  words: ExportWords,
): Promise<JupyterOutput> {
  switch (output.kind) {
    case 'value':
      return {
        output_type: 'execute_result',
        execution_count: execution,
        data: { 'text/plain': lines(valueText(output)) },
        metadata: {},
      };
    case 'table':
      return display({
        'text/html': lines(tableHtml(output, words)),
        'text/plain': lines(tablePlain(output, words)),
      });
    case 'chart': {
      const spec = { $schema: VEGA_LITE_SCHEMA, ...output.spec };
      const data: MimeBundle = { [VEGA_LITE_MIME]: JSON.parse(JSON.stringify(spec)) as unknown };
      try {
        data['image/svg+xml'] = lines(await chartSvg(output.spec));
      } catch {
        // A spec Vega cannot draw keeps its spec and text; viewers show the text.
      }
      data['text/plain'] = lines(chartLabel(output.spec, words));
      return display(data);
    }
    case 'markdown':
      return display({
        'text/markdown': lines(output.markdown),
        'text/plain': lines(output.markdown),
      });
    case 'input': {
      const label = output.input.label ? `${output.input.label}: ` : '';
      return display({ 'text/plain': lines(`${label}${inputText(output.value)}`) });
    }
    case 'error': {
      const message = errorText(words.lang, output.code, output.params, output.message);
      const title = errorName(words.lang, output.name, output.code !== undefined);
      return {
        output_type: 'error',
        ename: title,
        evalue: message,
        traceback: [`${title}: ${message}`],
      };
    }
  }
}

function display(data: MimeBundle): JupyterOutput {
  return { output_type: 'display_data', data, metadata: {} };
}

/** Jupyter's multi-line strings: a list of lines, each but the last ending with `\n`. */
function lines(text: string): string[] {
  const parts = text.split('\n');
  return parts
    .map((line, i) => (i < parts.length - 1 ? `${line}\n` : line))
    .filter((line) => line !== '');
}
