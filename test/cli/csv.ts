import { readFileSync } from 'node:fs';

/**
 * The example data files as row objects, read without Arquero so that tests check the notebooks
 * against an independent reading. Enough for these files: no quoted fields; empty is null.
 */
export function readCsv(path: string): Record<string, string | number | null>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const names = header.split(',');
  return lines.map((line) => {
    const values = line.split(',');
    return Object.fromEntries(
      names.map((name, i) => {
        const text = values[i] ?? '';
        return [name, text === '' ? null : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text];
      }),
    );
  });
}
