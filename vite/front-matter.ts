import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** A notebook file's name and its front matter (empty when it has none). */
export interface FrontMatter {
  file: string;
  front: Record<string, unknown>;
}

/** The front matter of every `*.algo.md` in `dir`, in file-name order. */
export function readFrontMatters(dir: string): FrontMatter[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.algo.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      const front = (match ? parseYaml(match[1]) : {}) as Record<string, unknown>;
      return { file, front };
    });
}
