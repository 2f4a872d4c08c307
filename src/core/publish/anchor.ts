/**
 * What vouches that a text is a published version: a record of its hash kept apart from the
 * text. A text's own `version`, `published`, `parent` and `results` prove nothing by themselves:
 * anyone can write them, and a `parent` naming the real version 1 is easy to copy.
 */
export type Anchor =
  /** A catalog lists the hash: the site's own `catalog.json`, or one a link named (`thirdParty`). */
  | { kind: 'catalog'; sha256: string; url: string; thirdParty: boolean }
  /** The link pins the text by its hash: `?src=…#sha256=…`. */
  | { kind: 'hash'; sha256: string }
  /** A version published in this browser, kept by the hash of its text. */
  | { kind: 'stored'; sha256: string }
  /** The `parent` hash of an anchored version: the chain carries the anchor to its ancestors. */
  | { kind: 'chain'; sha256: string; from: Anchor };

/**
 * What may be said of a text given its anchor: `anchored` when the anchor's hash is the text's,
 * `mismatch` when an anchor names another text (the file was changed), `none` without anchor.
 */
export type Claim = 'anchored' | 'mismatch' | 'none';

export function claimOf(anchor: Anchor | undefined, sha256: string): Claim {
  if (!anchor) return 'none';
  return anchor.sha256 === sha256 ? 'anchored' : 'mismatch';
}
