/**
 * The publishing core (issue 5): canonical text and hashes, frozen versions and their chain,
 * output digests compared, diffs, share links, site catalogs, and Jupyter/HTML exports. Pure
 * TypeScript shared by the app (page and worker) and the command line.
 */
export { sha256Text, sha256Bytes } from './hash.ts';
export { canonicalJson } from './canonical-json.ts';
export { canonicalText, notebookHash, textHash, asStored } from './canonical-text.ts';
export { freezeVersion, utcSeconds, PUBLISH_KEYS, STAMP_KEYS } from './freeze.ts';
export { checkVersion, checkChain } from './chain.ts';
export { compareResults } from './results.ts';
export { diffNotebooks, lineDiff } from './diff.ts';
export { parametersOf, type Parameter } from './parameters.ts';
export { encodeShare, decodeShare, MAX_SHARED_BYTES } from './share.ts';
export { readCatalog, addToCatalog, emptyCatalog } from './catalog.ts';
export { toIpynb, VEGA_LITE_MIME } from './ipynb-export.ts';
export { fromIpynb } from './ipynb-import.ts';
export { toStandaloneHtml } from './html-export.ts';
export { chartSvg } from './chart-svg.ts';
export { EXPORT_ROWS } from './export-rows.ts';
export {
  readSnapshot,
  snapshotOf,
  snapshotPath,
  snapshotText,
  SNAPSHOT_FORMAT,
  SNAPSHOT_MAX_BYTES,
  SNAPSHOT_ROWS,
  type OutputSnapshot,
  type SnapshotCell,
  type SnapshotOutput,
  type SnapshotProblem,
  type SnapshotReading,
  type SnapshotTable,
} from './snapshot.ts';
export { PublishError, type PublishErrorCode } from './errors.ts';
export type * from './types.ts';
export { ChainProblem } from './chain-problem.ts';
export { anchoredHash, describeAnchor, type Anchor } from './anchor.ts';
export { chainAnchor, MAX_LATER_VERSIONS } from './chain-anchor.ts';
export { walkChain, type FindVersion, type WalkedChain } from './chain-walk.ts';
export {
  identityOf,
  verdictExit,
  verdictHeadline,
  verdictOf,
  type Findings,
  type Identity,
  type Verdict,
} from './verdict.ts';
export { asNewDraft, lineageOf, newLineage } from './lineage.ts';
export { unchangedSince } from './unchanged.ts';
