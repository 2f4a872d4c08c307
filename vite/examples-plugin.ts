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
import { readFrontMatters } from './front-matter.ts';
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
  return groupExamples(
    readFrontMatters(EXAMPLES).map(({ file, front }) => exampleVersion(file, front)),
  );
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
