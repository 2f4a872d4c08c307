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

const EXAMPLES = resolve(import.meta.dirname, '../examples');

/** One line of `examples/index.json`: what the home page lists. */
export interface ExampleEntry {
  file: string;
  id: string;
  title: string;
  summary: string;
  license: string;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Reads the front matter of every example notebook; the home page needs no parser for this. */
export function exampleIndex(): ExampleEntry[] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.algo.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(EXAMPLES, file), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      const front = (match ? parseYaml(match[1]) : {}) as Record<string, unknown>;
      return {
        file,
        id: String(front.id ?? file),
        title: String(front.title ?? file),
        summary: String(front.summary ?? ''),
        license: String(front.license ?? ''),
      };
    });
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
