/**
 * What a version's text may be checked against: a record of its identity (the SHA-256 of its
 * text) that the text itself cannot supply. A version only carries `parent` and `results`, which
 * anyone editing the text can rewrite; its identity is established only when an anchor names its
 * hash. Shared by the reader's "published" claim, Verify in the browser and `algobook verify`.
 */
export type Anchor =
  /** The site's `catalog.json` lists the version under this hash. */
  | { kind: 'catalog'; url: string; sha256: string }
  /** The link that opened it pins it: `?src=URL#sha256=…`. */
  | { kind: 'hash'; sha256: string }
  /** The person gave the hash on the command line: `--sha256`. */
  | { kind: 'flag'; sha256: string }
  /** This browser published it and stored it under its hash. */
  | { kind: 'stored'; sha256: string }
  /** A later version, itself anchored, names this one through its chain of `parent` hashes. */
  | { kind: 'chain'; from: Anchor; version: number; sha256: string };

/** The hash the anchor holds the text to. */
export function anchoredHash(anchor: Anchor): string {
  return anchor.sha256;
}

/** The anchor in one English phrase, for the command line and `--json` readers. */
export function describeAnchor(anchor: Anchor): string {
  switch (anchor.kind) {
    case 'catalog':
      return `the site catalog ${anchor.url}`;
    case 'hash':
      return 'the sha256 in the link';
    case 'flag':
      return 'the sha256 given with --sha256';
    case 'stored':
      return 'the version this browser published';
    case 'chain':
      return `the parent chain from version ${anchor.version}, anchored by ${describeAnchor(anchor.from)}`;
  }
}
