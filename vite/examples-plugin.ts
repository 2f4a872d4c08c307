import type { Plugin } from 'vite';
import {
  readFileSync,
  readdirSync,
  statSync,
  mkdirSync,
  copyFileSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { exampleVersion, groupExamples, type ExampleEntry } from './example-index.ts';

export type { ExampleEntry, ExampleVersion } from './example-index.ts';

const EXAMPLES = resolve(import.meta.dirname, '../examples');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/**
 * Reads the front matter of every example notebook, translations grouped under their example;
 * the home page needs no parser for this.
 */
export function exampleIndex(): ExampleEntry[] {
  const versions = readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.algo.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(EXAMPLES, file), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      const front = (match ? parseYaml(match[1]) : {}) as Record<string, unknown>;
      return exampleVersion(file, front);
    });
  return groupExamples(versions);
}

/**
 * Serves `examples/` at `/examples/` in development and copies it into the build, with an
 * `index.json` listing the notebooks.
 */
export function examplesPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'algobook-examples',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use('/examples', (req, res, next) => {
        const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
        if (path === '/index.json') {
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify(exampleIndex()));
          return;
        }
        const file = resolve(EXAMPLES, '.' + path);
        if (!file.startsWith(EXAMPLES)) return next();
        try {
          res.end(readFileSync(file));
        } catch {
          next();
        }
      });
    },
    writeBundle() {
      const target = join(outDir, 'examples');
      mkdirSync(target, { recursive: true });
      for (const file of files(EXAMPLES)) {
        const dest = join(target, relative(EXAMPLES, file));
        mkdirSync(join(dest, '..'), { recursive: true });
        copyFileSync(file, dest);
      }
      writeFileSync(join(target, 'index.json'), JSON.stringify(exampleIndex(), null, 2));
    },
  };
}
