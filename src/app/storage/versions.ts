/**
 * Published versions kept in this browser (issue 5). A version is immutable: its key is the
 * SHA-256 of its canonical text.
 */
export interface VersionRecord {
  /** SHA-256 of `text`, the version's identity. */
  sha256: string;
  /** The notebook's front-matter `id`. */
  notebook: string;
  /** The version number, from 1. */
  version: number;
  /** The canonical text of the version, exactly as hashed. */
  text: string;
  /** The author's publish message. */
  message: string;
  /** ISO date-time of publication. */
  published: string;
  /** The draft it was published from, if any. */
  draft?: string;
}
