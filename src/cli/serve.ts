import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { BUILT_APP } from './built-app.ts';
import { EXIT, type Command } from './command.ts';
import { staticFiles } from './static-files.ts';

const HELP = `Usage: algobook serve SITE [--port N] [--app DIR]

Serves the built app and the site folder SITE (as "algobook publish --site SITE" writes it)
together on http://127.0.0.1:PORT/, as a city would host them: the app's home page lists
the site's catalog.json, and its notebooks open, verify and fork with their datasets.
Only this machine can reach it (127.0.0.1). Stop it with Ctrl+C.

A path is answered from the app's files first, then from SITE; anything else is "404 Not
found" (never the app's page in place of a missing file).

Options:
  --port N    The port (4173 by default; 0 picks a free one)
  --app DIR   The built app (by default this package's dist/, written by "npm run build")
  -h, --help  Show this help

Exit status:
  0  stopped (Ctrl+C)
  2  SITE or the built app is missing, the port is taken, or the command line is wrong

Example:
  algobook publish examples/indice-atmo.algo.md --site site -m "First version"
  algobook serve site              # then open http://127.0.0.1:4173/
`;

/** `algobook serve SITE [--port N] [--app DIR]`. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the built app and a published site folder on 127.0.0.1',
  help: HELP,
  options: { port: { type: 'string' }, app: { type: 'string' } },
  async run({ values, positionals }, io) {
    const usage = (why: string) => {
      io.stderr(`algobook serve: ${why}. Run "algobook serve --help" for its usage.\n`);
      return EXIT.unusable;
    };
    if (positionals.length !== 1)
      return usage(`expected one SITE folder, got ${positionals.length}`);
    const site = resolve(positionals[0]);
    if (!isFolder(site)) return usage(`${positionals[0]} is not a folder`);
    const port = typeof values.port === 'string' ? Number(values.port) : 4173;
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      return usage(`the port must be a whole number from 0 to 65535, not "${String(values.port)}"`);
    const app = typeof values.app === 'string' ? resolve(values.app) : BUILT_APP;
    if (!existsSync(join(app, 'index.html'))) {
      io.stderr(
        `algobook serve: the built app is not in ${app} (no index.html). Build it with "npm run build", or name it with --app DIR.\n`,
      );
      return EXIT.unusable;
    }
    if (!existsSync(join(site, 'catalog.json')))
      io.stderr(
        `algobook serve: note: ${site} has no catalog.json yet; "algobook publish --site" writes it.\n`,
      );

    const server = createServer(staticFiles([app, site]));
    const listening = await new Promise<AddressInfo | Error>((ok) => {
      server.once('error', ok);
      server.listen(port, '127.0.0.1', () => ok(server.address() as AddressInfo));
    });
    if (listening instanceof Error) {
      io.stderr(`algobook serve: cannot listen on 127.0.0.1:${port}: ${listening.message}.\n`);
      return EXIT.unusable;
    }
    io.stdout(
      `Serving the app and ${site} at http://127.0.0.1:${listening.port}/ (Ctrl+C to stop)\n`,
    );
    await new Promise<void>((done) => {
      const stop = () => {
        server.closeAllConnections();
        server.close(() => done());
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return EXIT.ok;
  },
};

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
