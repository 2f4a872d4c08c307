import { LineCounter, isMap, parseDocument, visit, type Document } from 'yaml';
import { checkDatasets } from './datasets.ts';
import { FormatError } from './errors.ts';
import { checkImports } from './imports.ts';
import { checkNetwork } from './network.ts';
import { checkPublishKeys } from './publish-keys.ts';
import { checkTransparency } from './transparency.ts';
import type { FrontMatter } from './types.ts';
import { isRecord, shown } from './values.ts';
import { checkUniqueKeys, lineOf, locator, type Locator } from './yaml-lines.ts';

/** The `algobook:` format version this code reads and writes. */
export const FORMAT_VERSION = 1;

/**
 * Parses and checks the YAML between the `---` lines. `firstLine` is the file line of the
 * YAML's first line, so that every error names a line of the file; a missing key is reported
 * at the opening `---` line.
 */
export function parseFrontMatter(yamlText: string, firstLine: number): FrontMatter {
  const counter = new LineCounter();
  // Duplicate keys are checked below instead, to name the duplicate dataset and both its lines.
  const options = { lineCounter: counter, uniqueKeys: false, prettyErrors: false };
  const doc = parseDocument(yamlText, options);
  const [error] = doc.errors;
  if (error) {
    const line = firstLine + counter.linePos(error.pos[0]).line - 1;
    throw new FormatError(line, { code: 'format-invalid-yaml', params: { detail: error.message } });
  }
  if (doc.contents === null) {
    throw new FormatError(firstLine - 1, {
      code: 'format-empty',
      params: { version: FORMAT_VERSION },
    });
  }
  if (!isMap(doc.contents)) {
    const line = lineOf(doc.contents, counter, firstLine) ?? firstLine;
    throw new FormatError(line, { code: 'format-not-mapping' });
  }
  checkUniqueKeys(doc, counter, firstLine, (path) =>
    path.length === 0
      ? 'format-duplicate-front-key'
      : path.join() === 'datasets'
        ? 'format-duplicate-dataset'
        : path.join() === 'imports'
          ? 'format-duplicate-import'
          : 'format-duplicate-key',
  );
  const front = toJS(doc, counter, firstLine);
  checkFrontMatter(front, locator(doc, counter, firstLine));
  return front;
}

function checkFrontMatter(front: unknown, at: Locator): asserts front is FrontMatter {
  if (!isRecord(front)) throw new FormatError(at.keyLine(), { code: 'format-not-mapping' });
  if (!('algobook' in front)) {
    const params = { version: FORMAT_VERSION };
    throw new FormatError(at.keyLine(), { code: 'format-version-missing', params });
  }
  if (front.algobook !== FORMAT_VERSION) {
    const params = { value: shown(front.algobook), version: FORMAT_VERSION };
    throw new FormatError(at.keyLine('algobook'), { code: 'format-version-unsupported', params });
  }
  checkText(front, at, 'id', true);
  checkText(front, at, 'title', true);
  checkText(front, at, 'summary', false);
  checkText(front, at, 'license', false);
  checkDatasets(front.datasets, at);
  checkPublishKeys(front, at);
  checkTransparency(front.transparency, at);
  checkNetwork(front.network, at);
  checkImports(front.imports, at);
}

function checkText(front: Record<string, unknown>, at: Locator, key: string, required: boolean) {
  const value = front[key];
  if (!(key in front)) {
    if (required)
      throw new FormatError(at.keyLine(), { code: 'format-key-missing', params: { key } });
    return;
  }
  // `summary:` left empty is a place to fill in later; an empty id or title is not.
  if (!required && value === null) return;
  if (required && (value === null || (typeof value === 'string' && !value.trim()))) {
    throw new FormatError(at.keyLine(key), { code: 'format-key-empty', params: { key } });
  }
  if (typeof value !== 'string') {
    throw new FormatError(at.keyLine(key), {
      code: 'format-key-not-text',
      params: { key, value: shown(value) },
    });
  }
}

// Aliases are resolved here, so an alias bomb or an alias to a missing anchor is reported as bad
// YAML; the latter at its line.
function toJS(doc: Document, counter: LineCounter, firstLine: number): unknown {
  try {
    return doc.toJS();
  } catch (error) {
    let line = firstLine;
    visit(doc, {
      Alias(_, alias) {
        if (alias.resolve(doc)) return;
        line = lineOf(alias, counter, firstLine) ?? line;
        return visit.BREAK;
      },
    });
    const reason = error instanceof Error ? error.message : String(error);
    throw new FormatError(line, { code: 'format-invalid-yaml', params: { detail: reason } });
  }
}
