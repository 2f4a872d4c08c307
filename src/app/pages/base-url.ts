import type { DraftOrigin } from '../storage/drafts.ts';

/**
 * The URL that relative dataset paths of a draft resolve against: where it came from. A copy of
 * an example still finds `data/...` beside the example. A new draft or an imported file has no
 * location (''): its relative files are in this browser or nowhere, never at the app's origin.
 */
export function baseUrlOf(origin: DraftOrigin | undefined, page: string = location.href): string {
  if (origin?.kind === 'example' && origin.ref) return new URL(`examples/${origin.ref}`, page).href;
  if (origin?.kind === 'url' && origin.ref) return new URL(origin.ref, page).href;
  return '';
}
