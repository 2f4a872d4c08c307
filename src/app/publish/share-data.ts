import type { Notebook } from '../../core/format/types.ts';
import { MAX_LOCATION_LENGTH } from '../../core/route/parse-location.ts';
import { localFiles } from '../data/local-files.ts';
import { shareLink } from './share-link.ts';

/** Longest link made with files in it: the app reads addresses up to `MAX_LOCATION_LENGTH`. */
export const MAX_SHARE_LINK = MAX_LOCATION_LENGTH - 1024;

/** A share link and what it says of the notebook's local files. */
export interface SharedData {
  link: string;
  /** Datasets whose file the link carries. */
  carried: string[];
  /** Datasets whose file would make the link too long. */
  tooLarge: string[];
  /** Datasets whose file is not in this browser. */
  missing: string[];
}

/**
 * A share link carrying the notebook's local files, compressed, as many as fit within
 * {@link MAX_SHARE_LINK}: the largest files are left out first.
 */
export async function shareWithData(
  text: string,
  notebook: Notebook,
  baseUrl: string,
  page: string = location.href,
): Promise<SharedData> {
  const { files, missing } = await localFiles(notebook, baseUrl);
  const entries = [...files].sort(([, a], [, b]) => a.bytes.byteLength - b.bytes.byteLength);
  const tooLarge: string[] = [];
  for (;;) {
    const link = await shareLink(
      text,
      notebook,
      baseUrl,
      page,
      new Map(entries.map(([path, file]) => [path, file.bytes])),
    );
    if (link.length <= MAX_SHARE_LINK || !entries.length) {
      const carried = entries.flatMap(([, file]) => file.names);
      return { link, carried, tooLarge, missing };
    }
    const dropped = entries.pop();
    if (dropped) tooLarge.unshift(...dropped[1].names);
  }
}
