/**
 * The setup every browser test shares, in vitest's lifecycle: `useApp()` at the top of a test
 * file serves the built app (`dist/`) on 127.0.0.1 (the runner's sandbox comes from its twin
 * origin, `localhost`), launches Chromium, and optionally serves `test/e2e/fixtures/` on an
 * origin of its own, with notebooks given as text and fake routes beside the files. Everything
 * starts in `beforeAll` and stops in `afterAll`; pages opened with `app.page()` are closed after
 * each test. An error on any page fails the test (`fail-on-page-errors.ts`).
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { DIST, launch } from './browser.ts';
import { serveStatic, type StaticServer, type StaticServerOptions } from './static-server.ts';
import { FIXTURES, editCopy, readerUrl } from './notebook.ts';
import { rm } from 'node:fs/promises';
import { siteDir, writeSite, type Site } from '../fixtures/publish/site.ts';

type Routes = NonNullable<StaticServerOptions['routes']>;

export const LOCALE = { en: 'en-US', fr: 'fr-FR' } as const;
export type Language = keyof typeof LOCALE;

export interface PageOptions {
  /** The browser's language; English unless the file's `useApp` said otherwise. */
  language?: Language;
  /** A locale of its own (e.g. `de-DE`), over `language`. */
  locale?: string;
  viewport?: { width: number; height: number };
  /** Other options of the browser context (downloads, storage state…). */
  context?: BrowserContextOptions;
}

export interface UseAppOptions extends PageOptions {
  /** Extra Chromium flags, e.g. a smaller heap. */
  chromiumArgs?: string[];
  /** Routes the app's own origin answers before its files (a site's catalog, a host's quirks). */
  appRoutes?: Routes;
  /** The app's origin answers unknown paths with its index.html, as `npm start` does. */
  spa?: boolean;
  /** Serve `test/e2e/fixtures/` with CORS as `app.fixtures` (implied by `routes`, `notebooks`). */
  fixtures?: boolean;
  /**
   * Publish the publishing fixtures' site (`city-total`, its fork, the catalog) beside the app,
   * on the app's own origin, as a city would: its catalog is the app's own. See `app.site`.
   */
  site?: boolean;
  /** Routes the fixtures' origin answers before its files: fake servers of a test. */
  routes?: Routes | (() => Routes);
  /** Notebooks given as text, served by the fixtures' origin at `/<name>`. */
  notebooks?: Record<string, string> | (() => Record<string, string>);
}

export interface App {
  browser: Browser;
  /** The app's server; `server.url` ends with a slash. */
  server: StaticServer;
  /** The app's address (`http://127.0.0.1:PORT/`). */
  readonly url: string;
  /** The fixtures' server, on another origin, with CORS (needs `fixtures`, `routes` or `notebooks`). */
  fixtures: StaticServer;
  /** The site published beside the app (needs `site`); its addresses start with `url`. */
  site: Site;
  /** A page in `context`, or in a fresh context (own storage, English); the test closes it. */
  newPage(context?: BrowserContext): Promise<Page>;
  /** A page in a fresh context (own storage), closed after the test. */
  page(options?: PageOptions): Promise<Page>;
  /** Serves `text` at the fixtures' `/<name>` from now on; returns its address. */
  serve(name: string, text: string): string;
  /** A fresh page with the notebook at `src` (an address, or a fixture's file name) in the reader. */
  read(src: string, options?: PageOptions): Promise<Page>;
  /** A fresh page on a copy of the notebook at `src` in the editor, Monaco loaded. */
  edit(src: string, options?: PageOptions): Promise<Page>;
}

/**
 * A stand-in for a value that exists only once `beforeAll` has run: each property is read from
 * the value at the time of use, so a test file can hold it in a `const` from the start.
 */
export function later<T extends object>(value: () => T | undefined, what: string): T {
  return new Proxy({} as T, {
    get(_, key) {
      const target = value();
      if (target === undefined) throw new Error(`${what} is used before beforeAll started it.`);
      const property: unknown = Reflect.get(target, key, target);
      return typeof property === 'function' ? property.bind(target) : property;
    },
  });
}

/**
 * A server a test file needs besides the app (a fake portal, an attacker's collector), started
 * in `beforeAll` and closed in `afterAll`; usable as the server itself.
 */
export function useServer<T extends { close(): Promise<void> }>(start: () => Promise<T>): T {
  let server: T | undefined;
  beforeAll(async () => {
    server = await start();
  });
  afterAll(async () => {
    await server?.close();
  });
  return later(() => server, 'A server');
}

/** The built app and a browser for this test file; see the module's comment. */
export function useApp(options: UseAppOptions = {}): App {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let fixtures: StaticServer | undefined;
  let site: Site | undefined;
  const served: Routes = {};
  const contexts: BrowserContext[] = [];
  const wantsFixtures = Boolean(options.fixtures || options.routes || options.notebooks);

  beforeAll(async () => {
    if (!existsSync(`${DIST}/index.html`))
      throw new Error('dist/ is missing: run `npm run build` first.');
    const routes = typeof options.routes === 'function' ? options.routes() : options.routes;
    const notebooks =
      typeof options.notebooks === 'function' ? options.notebooks() : options.notebooks;
    for (const [name, text] of Object.entries(notebooks ?? {})) serve(name, text);
    Object.assign(served, routes);
    const dir = options.site ? await siteDir() : undefined;
    [browser, server, fixtures] = await Promise.all([
      launch(options.chromiumArgs),
      serveStatic(DIST, { routes: options.appRoutes, also: dir, spa: options.spa }),
      wantsFixtures ? serveStatic(FIXTURES, { cors: true, routes: served }) : undefined,
    ]);
    if (dir) site = await writeSite(dir, server.url);
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close(), fixtures?.close()]);
    if (site) await rm(site.dir, { recursive: true, force: true });
  });

  function serve(name: string, text: string): string {
    served[`/${name}`] = () => ({ type: 'text/markdown; charset=utf-8', body: text });
    return fixtures ? `${fixtures.url}${name}` : name;
  }

  async function page(pageOptions: PageOptions = {}): Promise<Page> {
    const want = { ...options, ...pageOptions };
    const context = await app.browser.newContext({
      locale: want.locale ?? LOCALE[want.language ?? 'en'],
      ...(want.viewport ? { viewport: want.viewport } : {}),
      ...options.context,
      ...pageOptions.context,
    });
    contexts.push(context);
    return context.newPage();
  }

  /** A fixture's file name becomes its address; an address stays as it is. */
  const address = (src: string) => (/^[a-z]+:/.test(src) ? src : `${app.fixtures.url}${src}`);

  const app: App = {
    browser: later(() => browser, 'The browser'),
    server: later(() => server, "The app's server"),
    fixtures: later(() => fixtures ?? (wantsFixtures ? undefined : noFixtures()), 'Fixtures'),
    site: later(() => site, 'The site'),
    get url() {
      return app.server.url;
    },
    async newPage(context?: BrowserContext) {
      return (context ?? (await app.browser.newContext({ locale: LOCALE.en }))).newPage();
    },
    page,
    serve,
    async read(src, pageOptions) {
      const opened = await page(pageOptions);
      await opened.goto(readerUrl(app.url, address(src)));
      return opened;
    },
    async edit(src, pageOptions) {
      const opened = await page(pageOptions);
      await editCopy(opened, app.url, address(src));
      return opened;
    },
  };
  return app;
}

function noFixtures(): never {
  throw new Error('This file did not ask useApp for fixtures.');
}
