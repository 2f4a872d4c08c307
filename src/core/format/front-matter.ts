import { LineCounter, parseDocument, isMap, isScalar, type YAMLMap, type Node } from 'yaml';
import { FormatError } from './errors.ts';
import type { FrontMatter } from './types.ts';

export const FORMAT_VERSION = 1;
const FORMATS = ['csv', 'tsv', 'json', 'arrow'];
const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Parses and checks the YAML front matter. `firstLine` is the file line of the YAML's first
 * line, so that every error names a line of the file.
 */
export function parseFrontMatter(yamlText: string, firstLine: number): FrontMatter {
  const lines = new LineCounter();
  // Duplicate keys are checked below, to name the duplicate dataset precisely.
  const doc = parseDocument(yamlText, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? firstLine - 1 : firstLine + lines.linePos(offset).line - 1;
  const at = (node: Node | null | undefined) => lineOf(node?.range?.[0]);

  const [error] = doc.errors;
  if (error) {
    const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new FormatError(lineOf(error.pos[0]), `invalid YAML in the front matter: ${reason}`);
  }
  const root = doc.contents;
  if (!isMap(root)) throw new FormatError(firstLine - 1, 'the front matter must be a YAML mapping (key: value lines)');
  checkUniqueKeys(root, 'front matter key', at);

  const keyNode = (map: YAMLMap, key: string) => map.items.find((p) => isScalar(p.key) && p.key.value === key);
  const version = keyNode(root, 'algobook');
  if (!version) throw new FormatError(firstLine - 1, `the front matter needs \`algobook: ${FORMAT_VERSION}\` (the format version)`);
  const versionValue = isScalar(version.value) ? version.value.value : undefined;
  if (versionValue !== FORMAT_VERSION) {
    throw new FormatError(
      at(version.key as Node),
      `unsupported format version \`algobook: ${String(versionValue)}\`; this algobook reads version ${FORMAT_VERSION}`,
    );
  }
  for (const key of ['id', 'title']) {
    const pair = keyNode(root, key);
    const value = pair && isScalar(pair.value) ? pair.value.value : undefined;
    if (typeof value !== 'string' || !value.trim()) {
      throw new FormatError(pair ? at(pair.key as Node) : firstLine - 1, `the front matter needs a \`${key}\` (text)`);
    }
  }

  const datasets = keyNode(root, 'datasets');
  if (datasets && datasets.value != null) {
    const map = datasets.value;
    if (!isMap(map)) throw new FormatError(at(datasets.key as Node), '`datasets` must map dataset names to their description');
    checkUniqueKeys(map, 'dataset name', at);
    for (const pair of map.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : '';
      const line = at(pair.key as Node);
      if (!name) throw new FormatError(line, 'a dataset needs a name');
      if (!isMap(pair.value)) throw new FormatError(line, `dataset "${name}" must have \`url\`, \`format\` and \`sha256\``);
      const spec = pair.value.toJSON() as Record<string, unknown>;
      const fieldLine = (key: string) => {
        const p = keyNode(pair.value as YAMLMap, key);
        return p ? at(p.key as Node) : line;
      };
      if (typeof spec.url !== 'string' || !spec.url) throw new FormatError(line, `dataset "${name}" needs a \`url\``);
      if (typeof spec.format !== 'string' || !FORMATS.includes(spec.format)) {
        throw new FormatError(fieldLine('format'), `dataset "${name}" has format ${JSON.stringify(spec.format ?? null)}; expected one of ${FORMATS.join(', ')}`);
      }
      if (typeof spec.sha256 !== 'string' || !SHA256.test(spec.sha256)) {
        throw new FormatError(fieldLine('sha256'), `dataset "${name}" needs a \`sha256\` of 64 lower-case hexadecimal digits`);
      }
    }
  }
  return doc.toJS() as FrontMatter;
}

function checkUniqueKeys(map: YAMLMap, what: string, at: (node: Node) => number) {
  const seen = new Map<unknown, number>();
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? pair.key.value : String(pair.key);
    const line = at(pair.key as Node);
    const first = seen.get(key);
    if (first !== undefined) {
      throw new FormatError(line, `duplicate ${what} "${String(key)}" (first defined on line ${first})`);
    }
    seen.set(key, line);
  }
}
