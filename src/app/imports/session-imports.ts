import type { FrontMatter } from '../../core/format/types.ts';
import type {
  ImportCache,
  ImportEntry,
  ImportLoader,
  ModuleEntry,
} from '../../core/imports/types.ts';
import { toWire } from '../../core/errors/index.ts';

/** The resolver's signature (`core/imports/resolve.ts`), shared by the page and the CLI. */
export type ResolveImports = (
  front: FrontMatter,
  baseUrl: string,
  load: ImportLoader,
  options?: { cache?: ImportCache; signal?: AbortSignal },
) => Promise<Record<string, ImportEntry>>;

/** An open notebook's imports, resolved: what the reader shows and what the runner gets. */
export interface ResolvedImports {
  entries: Record<string, ImportEntry>;
  modules: Record<string, ModuleEntry>;
}

export interface ImportDeps {
  resolve: ResolveImports;
  /** `importSource` (`core/imports/module-source.ts`): an entry as the runtime takes it. */
  toModule(entry: ImportEntry): ModuleEntry;
  load: ImportLoader;
  cache?: ImportCache;
}

const NONE: ResolvedImports = { entries: {}, modules: {} };
const NO_IMPORTS = JSON.stringify([null]);

/**
 * Resolves an open notebook's `imports:` when it opens and again only when the entries change
 * (an edited front matter): the same entries give the same promise, so every push of the cells
 * to the runner waits for the resolution it needs without fetching again. A resolution overtaken
 * by a newer one is aborted.
 */
export class SessionImports {
  /** The imports last asked for: none at first, settled at once (a notebook without imports). */
  #key = NO_IMPORTS;
  #current: Promise<ResolvedImports> = Promise.resolve(NONE);
  #controller: AbortController | null = null;
  /** The current resolution once it has settled. */
  #settled: ResolvedImports | null = NONE;

  constructor(
    private readonly baseUrl: string,
    private readonly deps: ImportDeps,
  ) {}

  /** The resolution of `front`'s imports when it is the current one and has settled. */
  settled(front: FrontMatter): ResolvedImports | null {
    return importsKey(front) === this.#key ? this.#settled : null;
  }

  /** The resolution of `front`'s imports (a plain copy of the front matter, not a proxy). */
  resolved(front: FrontMatter): Promise<ResolvedImports> {
    const key = importsKey(front);
    if (key === this.#key) return this.#current;
    this.#key = key;
    this.#controller?.abort();
    this.#controller = null;
    if (!front.imports || !Object.keys(front.imports).length) {
      this.#settled = NONE;
      return (this.#current = Promise.resolve(NONE));
    }
    const controller = (this.#controller = new AbortController());
    this.#settled = null;
    const current = (this.#current = this.#resolve(front, controller.signal).then((resolved) => {
      if (this.#current === current) this.#settled = resolved;
      return resolved;
    }));
    return current;
  }

  dispose() {
    this.#controller?.abort();
  }

  async #resolve(front: FrontMatter, signal: AbortSignal): Promise<ResolvedImports> {
    const { resolve, toModule, load, cache } = this.deps;
    let entries: Record<string, ImportEntry>;
    try {
      entries = await resolve(front, this.baseUrl, load, { cache, signal });
    } catch (error) {
      // The resolver words each import's own failure; should it fail as a whole, every import
      // fails with that error, and the rest of the notebook still runs.
      const wire = toWire(error);
      entries = Object.fromEntries(
        Object.entries(front.imports ?? {}).map(([name, spec]) => [
          name,
          { name, spec, error: wire },
        ]),
      );
    }
    const modules = Object.fromEntries(
      Object.entries(entries).map(([name, entry]) => [name, toModule(entry)]),
    );
    return { entries, modules };
  }
}

/** What identifies a front matter's imports: the same entries give the same key. */
export function importsKey(front: FrontMatter): string {
  const imports = front.imports && Object.keys(front.imports).length ? front.imports : null;
  return JSON.stringify([imports]);
}
