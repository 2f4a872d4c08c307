/**
 * Dataset bytes kept in this browser by content hash (issue 4), so a notebook opened before
 * works offline.
 */
export interface DatasetRecord {
  /** Lower-case hex SHA-256 of the bytes: the key. */
  sha256: string;
  /** The bytes. */
  data: Blob;
  /** Their length in bytes. */
  size: number;
  /** Where they came from last (URL), for the data panel. */
  url?: string;
  /** When they were stored and last used (ms since the epoch). */
  stored: number;
  used: number;
}
