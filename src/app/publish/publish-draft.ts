import type { Notebook } from '../../core/format/types.ts';
import { parse } from '../../core/format/parse.ts';
import { freezeVersion, unchangedSince } from '../../core/publish/index.ts';
import { lineageOf } from '../../core/publish/lineage.ts';
import { snapshotFileText } from '../../core/publish/snapshot-file.ts';
import type { AlgobookDB } from '../storage/db.ts';
import { addVersion, latestVersion, type VersionRecord } from '../storage/versions.ts';
import { askToPersist } from '../storage/persist.ts';
import { runFromScratch, type FailedCell } from './run-digests.ts';

export interface PublishInput {
  /** The draft as now written (a snapshot: it is frozen as is). */
  notebook: Notebook;
  /** Where relative dataset paths resolve. */
  baseUrl: string;
  draftId: string;
  message: string;
  /** Publish even when nothing changed since the latest version. */
  allowSame?: boolean;
}

/** Not published: the draft is the same as its latest version (`allowSame` publishes it). */
export class UnchangedError extends Error {
  override name = 'UnchangedError';
  constructor(readonly version: number) {
    super(`Nothing changed since version ${version}.`);
  }
}

/** Publishing refused: these code cells fail, and a version only records a notebook that runs. */
export class FailingCellsError extends Error {
  override name = 'FailingCellsError';
  constructor(readonly cells: FailedCell[]) {
    super(`Not published: ${cells.length} code cell(s) fail: ${cells.map((c) => c.n).join(', ')}.`);
  }
}

/**
 * Freezes the draft as the notebook's next version: runs it in a runner of its own for the
 * digests of its outputs, then stores the frozen text under its hash, with the snapshot of
 * those outputs (`vN.outputs.json`'s text) bound to that hash. Never replaces a version:
 * a version with the same number stored meanwhile (another tab) makes this reject. A draft whose
 * cells fail is not published (`FailingCellsError`), as `algobook publish` refuses it: its errors
 * would be frozen as its results. A draft that has not changed since its latest version is not
 * published either (`UnchangedError`), unless `allowSame`, as `algobook publish --allow-same`.
 */
export async function publishDraft(db: AlgobookDB, input: PublishInput): Promise<VersionRecord> {
  // Versions chain by lineage, not by the editable id: two copies never share a chain.
  const lineage = lineageOf(input.notebook.front);
  const before = await latestVersion(db, lineage);
  if (before && !input.allowSame && unchangedSince(input.notebook, parse(before.text)))
    throw new UnchangedError(before.version);
  const { results, failed, outputs } = await runFromScratch(input.notebook, input.baseUrl);
  if (failed.length) throw new FailingCellsError(failed);
  // Read again: another tab may have published meanwhile.
  const last = await latestVersion(db, lineage);
  const frozen = freezeVersion(input.notebook, {
    previous: last && { sha256: last.sha256, version: last.version },
    forkOf: input.notebook.front.forkOf,
    message: input.message,
    results,
    now: new Date(),
  });
  const front = frozen.notebook.front;
  const record: VersionRecord = {
    sha256: frozen.sha256,
    notebook: lineage,
    version: front.version ?? (last?.version ?? 0) + 1,
    text: frozen.text,
    message: input.message,
    published: front.published ?? new Date().toISOString(),
    draft: input.draftId,
    ...(/^https?:/.test(input.baseUrl) && { base: input.baseUrl }),
    // What the publishing run showed, for readers to paint before it runs again (issue 15).
    snapshot: snapshotFileText(input.notebook, outputs, frozen.sha256),
  };
  await addVersion(db, record);
  // A version published here may exist nowhere else: ask the browser to keep it for good.
  await askToPersist();
  return record;
}
