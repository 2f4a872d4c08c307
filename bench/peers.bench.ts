/**
 * Issue 15's side-by-side table: algobook and Observable Framework on the same notebook, measured
 * one right after the other in the same run with the harness of ../shared/peers (see its README).
 * Absolute times on a shared machine move from run to run, so the targets are ratios.
 *
 * `npx tsx bench/peers.bench.ts` after `npm run build`. Env: BENCH_RUNS (default 7), PEERS_DIR
 * (default ../shared/peers from the project's root), ALGOBOOK_DIST (default dist).
 *
 * measure.mjs finds playwright-core from the directory it is run in, so it always runs with the
 * project's root as cwd (which is why run-framework.sh, run from its temp folder, is not used:
 * its steps are reproduced here). Framework needs the npm registry; without it, only algobook's
 * figures are printed.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INITIAL_JS_BUDGET, kb, measureInitialJs } from '../scripts/initial-js.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PEERS_NAME = process.env.PEERS_DIR ?? '../shared/peers';
const PEERS = resolve(ROOT, PEERS_NAME);
const DIST = process.env.ALGOBOOK_DIST ?? join(ROOT, 'dist');
const RUNS = process.env.BENCH_RUNS ?? '7';
const MINUTE = 60_000;

/** What measure.mjs prints for each figure (rounded to 0.1). */
interface Stat {
  median: number;
  min: number;
  max: number;
}
const FIGURES = ['coldStartMs', 'sliderMs', 'jsBytesEncoded', 'longestTaskMs'] as const;
type Figure = (typeof FIGURES)[number];
type Measured = Record<Figure, Stat> & { runs: number; warmup: number; chromium: string };

/** Every process this bench started and that still runs: stopped by its own pid at the end. */
const children = new Set<ChildProcess>();
function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}
function stopAll(): void {
  for (const child of children) child.kill();
}
/** Temp folders to remove at the end, also when interrupted. */
const temps = new Set<string>();
function cleanUp(): void {
  stopAll();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    cleanUp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });

/** Runs a command to its end: its stdout, or an error with the line of its output that says why. */
function run(cmd: string, args: string[], options: SpawnOptions): Promise<string> {
  return new Promise((done, fail) => {
    const child = track(spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] }));
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (err += d));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (code === 0) return done(out);
      // npm and Node both name the error on the first line that says "error".
      const lines = (err || out).split('\n').map((line) => line.trim());
      const why = lines.find((line) => /error/i.test(line)) ?? lines.filter(Boolean).at(-1);
      const what = [cmd, ...args.slice(0, 2)].join(' ');
      fail(new Error(`${what}: ${signal ?? `exit ${code}`}, ${why ?? 'no output'}`));
    });
  });
}

/** A loopback port that nothing listens on (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

/** Serves a folder with the peers' serve.mjs (gzip, CORS) on a free port, once it listens. */
async function serve(dir: string): Promise<{ port: number; stop: () => void }> {
  const port = await freePort();
  const args = [join(PEERS, 'serve.mjs'), dir, String(port)];
  const child = track(spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] }));
  await new Promise<void>((done, fail) => {
    child.stderr!.on('data', (d) => String(d).includes('serving') && done());
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`serve.mjs ${dir}: exit ${code}`)));
  });
  return { port, stop: () => child.kill() };
}

/** measure.mjs on a URL, from the project's root; its JSON, checked for the figures we print. */
async function measure(url: string, extra: string[] = []): Promise<Measured> {
  const args = [join(PEERS, 'measure.mjs'), url, ...extra, '--runs', RUNS];
  const out = await run(process.execPath, args, { cwd: ROOT, timeout: 20 * MINUTE });
  const result = JSON.parse(out) as Measured;
  for (const key of FIGURES)
    if (typeof result[key]?.median !== 'number') throw new Error(`measure.mjs gave no ${key}`);
  return result;
}

/** Keeps the runner's sandboxed iframe in the page's process, so its scripts are counted. */
const SHARED = ['--share-sandbox-process'];

/** algobook's built app, reading the peers' notebook from another origin. */
async function measureAlgobook(): Promise<Measured> {
  const app = await serve(DIST);
  const notebooks = await serve(PEERS);
  try {
    const src = `http://127.0.0.1:${notebooks.port}/peer-page.algo.md`;
    return await measure(`http://localhost:${app.port}/?src=${src}`, SHARED);
  } finally {
    app.stop();
    notebooks.stop();
  }
}

/** The published notebook measured twice: its page, and the app's link to it. */
interface Published {
  /** `<id>/`, the page `algobook publish` writes with the results drawn in it. */
  page: Measured;
  /** `#/<id>`, the app's route to it: the app paints the snapshot once it has loaded. */
  link: Measured;
}

/**
 * The same notebook published with `algobook publish` (its version, its output snapshot and its
 * pages) and opened as a citizen's link opens it, by its page and by the app's route: app and
 * site served together.
 */
async function measurePublished(): Promise<Published> {
  const work = mkdtempSync(join(tmpdir(), 'peers-published-'));
  temps.add(work);
  try {
    const site = join(work, 'site');
    const cli = join(ROOT, 'bin/algobook.mjs');
    const page = join(PEERS, 'peer-page.algo.md');
    await run(process.execPath, [cli, 'publish', page, '--site', site, '-m', 'bench'], {
      cwd: ROOT,
      timeout: 5 * MINUTE,
    });
    const id = /^id:\s*(\S+)/m.exec(readFileSync(page, 'utf8'))?.[1];
    if (!id) throw new Error(`${page} has no id`);
    // As `algobook serve` answers: the app's files first, then the site's.
    const both = join(work, 'both');
    cpSync(site, both, { recursive: true });
    cpSync(realpathSync(DIST), both, { recursive: true });
    const host = await serve(both);
    try {
      // Only the first output is reported for the published rows. measure.mjs then always
      // steps the slider, which it looks for `--settle` ms after that first output: on a slow
      // machine the app was still hidden beneath the drawn page after its default 1 s (the
      // harness's fallback found the hidden slider, and its keys went nowhere). The first
      // output is timed before that wait.
      const at = (path: string) =>
        measure(`http://localhost:${host.port}/${path}`, [...SHARED, '--settle', '5000']);
      return { page: await at(`${id}/`), link: await at(`#/${id}`) };
    } finally {
      host.stop();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    temps.delete(work);
  }
}

/** Framework: the peers' project copied to a temp folder, installed, built, served, measured. */
async function measureFramework(): Promise<Measured & { version: string }> {
  const work = mkdtempSync(join(tmpdir(), 'peers-framework-'));
  temps.add(work);
  try {
    cpSync(join(PEERS, 'framework'), work, { recursive: true });
    // The copy keeps the read-only modes of ../shared; npm and the build (cache in src/) write.
    for (const entry of ['', ...readdirSync(work, { recursive: true, encoding: 'utf8' })]) {
      const path = join(work, entry);
      chmodSync(path, statSync(path).mode | 0o200);
    }
    process.stderr.write('Framework: npm install…\n');
    await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: work,
      timeout: 10 * MINUTE,
    });
    process.stderr.write('Framework: observable build…\n');
    await run('npx', ['--no-install', 'observable', 'build'], {
      cwd: work,
      timeout: 10 * MINUTE,
      env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: 'true' },
    });
    const pkg = join(work, 'node_modules/@observablehq/framework/package.json');
    const { version } = JSON.parse(readFileSync(pkg, 'utf8')) as { version: string };
    const site = await serve(join(work, 'dist'));
    try {
      return { ...(await measure(`http://127.0.0.1:${site.port}/`)), version };
    } finally {
      site.stop();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    temps.delete(work);
  }
}

const ms = (x: number) => `${Math.round(x)} ms`;

/** The table's rows: issue 15's targets, as a ratio to Framework or as a bound on algobook. */
const ROWS: {
  label: string;
  key: Figure;
  format: (x: number) => string;
  ratio?: number;
  max?: number;
}[] = [
  { label: 'navigation → first output (`RESULT-60`)', key: 'coldStartMs', format: ms, ratio: 0.75 },
  { label: '10 slider steps → updated output', key: 'sliderMs', format: ms, ratio: 1 },
  { label: 'JS before the first output (gzip)', key: 'jsBytesEncoded', format: kb, ratio: 0.6 },
  { label: 'longest main-thread task during load', key: 'longestTaskMs', format: ms, max: 50 },
];
/** The published page's row: its first output against Framework's (issue 15, "Instant published pages"). */
const PUBLISHED_RATIO = 0.3;

/** The markdown table, then the raw medians/min/max of each peer on one line. */
function print(
  algobook: Measured,
  published: Published | null,
  framework: (Measured & { version: string }) | null,
): void {
  const mark = (ok: boolean | null) => (ok === null ? '—' : ok ? '✔' : '✘');
  const name = framework ? `Framework ${framework.version}` : 'Framework';
  console.log(`| metric | ${name} | algobook | ratio | target | met |`);
  console.log('|---|---|---|---|---|---|');
  for (const { label, key, format, ratio, max } of ROWS) {
    const ours = algobook[key].median;
    const theirs = framework?.[key].median;
    const r = theirs ? ours / theirs : null;
    const target = ratio !== undefined ? `≤ ${ratio.toFixed(2)}× Framework` : `≤ ${format(max!)}`;
    const met = ratio !== undefined ? (r === null ? null : r <= ratio) : ours <= max!;
    const cells = [label, theirs === undefined ? '—' : format(theirs), format(ours)];
    console.log(
      `| ${[...cells, r === null ? '—' : `${r.toFixed(2)}×`, target, mark(met)].join(' | ')} |`,
    );
  }
  const firstOutput = (label: string, measured: Measured, ratio?: number) => {
    const ours = measured.coldStartMs.median;
    const theirs = framework?.coldStartMs.median;
    const r = theirs ? ours / theirs : null;
    const cells = [
      label,
      theirs === undefined ? '—' : ms(theirs),
      ms(ours),
      r === null ? '—' : `${r.toFixed(2)}×`,
      ratio === undefined ? '—' : `≤ ${ratio.toFixed(2)}× Framework`,
      ratio === undefined ? '—' : mark(r === null ? null : r <= ratio),
    ];
    console.log(`| ${cells.join(' | ')} |`);
  };
  if (published) {
    firstOutput(
      'published version → first output (its page, `<id>/`)',
      published.page,
      PUBLISHED_RATIO,
    );
    firstOutput('published version → first output (the app’s link, `#/<id>`)', published.link);
  }
  const initial = measureInitialJs(DIST).gzip;
  const initialCells = ['—', kb(initial), '—', `≤ ${kb(INITIAL_JS_BUDGET)}`];
  console.log(
    `| page's own initial JS (gzip) | ${initialCells.join(' | ')} | ${mark(initial <= INITIAL_JS_BUDGET)} |`,
  );

  const raw = (m: Measured) =>
    FIGURES.map((k) => `${k} ${m[k].median}/${m[k].min}/${m[k].max}`).join(', ');
  const runs = `runs: ${algobook.runs}, warm-up: ${algobook.warmup}, Chromium ${algobook.chromium}`;
  console.log(`\nmedian/min/max (${runs}):`);
  console.log(`algobook: ${raw(algobook)}`);
  if (published) {
    console.log(`algobook, published page: ${raw(published.page)}`);
    console.log(`algobook, published by the app's link: ${raw(published.link)}`);
  }
  if (framework) console.log(`Framework: ${raw(framework)}`);
}

async function main(): Promise<void> {
  if (!existsSync(PEERS)) return console.log(`no ${PEERS_NAME}: side-by-side not measured`);
  const algobook = await measureAlgobook();
  let published = null;
  try {
    published = await measurePublished();
  } catch (error) {
    console.log(`published page: not measured (${(error as Error).message})\n`);
  }
  let framework = null;
  try {
    framework = await measureFramework();
  } catch (error) {
    console.log(`Framework: not measured (${(error as Error).message})\n`);
  }
  print(algobook, published, framework);
}

try {
  await main();
} finally {
  cleanUp();
}
