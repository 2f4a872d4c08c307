/**
 * What "Free space" would delete and what it keeps (issue 12). By default it keeps the bytes that
 * may exist nowhere else (a local file's) and the datasets that the drafts and published versions
 * stored in this browser pin: freeing space must never stop a notebook of this browser from
 * running, nor lose the only copy of a file.
 */
import { parse } from '../../core/format/parse.ts';
import type { AlgobookDB } from './db.ts';
import { deleteDataset, listDatasets, type DatasetSummary } from './dataset-cache.ts';

/** Why a stored dataset is kept by default. */
export type KeepReason =
  | { kind: 'file' }
  | { kind: 'draft'; title: string }
  | { kind: 'version'; title: string; version: number };

/** A stored dataset in the plan: its hash, size, where it came from, and the names it is pinned as. */
export interface PlanItem {
  sha256: string;
  size: number;
  url?: string;
  /** The names the drafts and versions of this browser pin it as. */
  names: string[];
  /** Empty for an item deleted by default. */
  reasons: KeepReason[];
}

export interface FreePlan {
  /** Deleted by default: a URL serves them again. */
  remove: PlanItem[];
  /** Kept by default (each with its reasons); deleted only when the person asks for each. */
  keep: PlanItem[];
}

/** Where a dataset is pinned in this browser: by the drafts and versions stored here. */
export interface PinUse {
  name: string;
  reason: Exclude<KeepReason, { kind: 'file' }>;
}

/**
 * Whether a stored dataset may be the only copy of its bytes: a local file (`origin: 'file'`),
 * or, stored before `origin` was recorded, bytes with no URL or a relative one (a file's name).
 */
export function isOnlyCopy(entry: Pick<DatasetSummary, 'origin' | 'url'>): boolean {
  if (entry.origin) return entry.origin === 'file';
  return !entry.url || !/^[a-z][a-z0-9+.-]*:/i.test(entry.url);
}

/** Whether the dataset stored under `sha256` may be the only copy of its bytes. */
export async function storedOnlyCopy(db: AlgobookDB, sha256: string): Promise<boolean> {
  const record = await db.get('datasets', sha256.toLowerCase());
  return record !== undefined && isOnlyCopy(record);
}

/** Splits the stored datasets into what freeing space deletes and what it keeps, by default. */
export function planFree(
  entries: readonly DatasetSummary[],
  uses: ReadonlyMap<string, readonly PinUse[]>,
): FreePlan {
  const plan: FreePlan = { remove: [], keep: [] };
  for (const entry of entries) {
    const used = uses.get(entry.sha256) ?? [];
    const reasons: KeepReason[] = [
      ...(isOnlyCopy(entry) ? [{ kind: 'file' as const }] : []),
      ...used.map((u) => u.reason),
    ];
    const item: PlanItem = {
      sha256: entry.sha256,
      size: entry.size,
      url: entry.url,
      names: [...new Set(used.map((u) => u.name))],
      reasons: unique(reasons),
    };
    (reasons.length ? plan.keep : plan.remove).push(item);
  }
  return plan;
}

function unique(reasons: KeepReason[]): KeepReason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = JSON.stringify(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The dataset pins of a notebook text, by lower-case SHA-256; none when it does not parse. */
function pinsOf(text: string): { title: string; pins: [string, string][] } | null {
  try {
    const { front } = parse(text);
    const pins = Object.entries(front.datasets ?? {}).map(([name, spec]): [string, string] => [
      spec.sha256.toLowerCase(),
      name,
    ]);
    return { title: front.title, pins };
  } catch {
    return null;
  }
}

/** Which stored drafts and published versions pin each dataset, by SHA-256. */
export async function pinUses(db: AlgobookDB): Promise<Map<string, PinUse[]>> {
  const uses = new Map<string, PinUse[]>();
  const add = (sha256: string, use: PinUse) => uses.set(sha256, [...(uses.get(sha256) ?? []), use]);
  for (const draft of await db.getAll('drafts')) {
    const read = pinsOf(draft.text);
    for (const [sha256, name] of read?.pins ?? [])
      add(sha256, { name, reason: { kind: 'draft', title: read?.title || draft.title } });
  }
  for (const version of await db.getAll('versions')) {
    const read = pinsOf(version.text);
    for (const [sha256, name] of read?.pins ?? [])
      add(sha256, {
        name,
        reason: {
          kind: 'version',
          title: read?.title ?? version.notebook,
          version: version.version,
        },
      });
  }
  return uses;
}

/** The plan for this browser's stored datasets now. */
export async function readPlan(db: AlgobookDB): Promise<FreePlan> {
  const [{ entries }, uses] = await Promise.all([listDatasets(db), pinUses(db)]);
  return planFree(entries, uses);
}

/** Deletes the datasets `sha256s`; returns how many bytes that freed. */
export async function freeDatasets(
  db: AlgobookDB,
  items: readonly Pick<PlanItem, 'sha256' | 'size'>[],
): Promise<number> {
  let freed = 0;
  for (const item of items) {
    await deleteDataset(db, item.sha256);
    freed += item.size;
  }
  return freed;
}
