/**
 * The text without a BOM and with LF line breaks: what a version's hash is computed on. A module
 * of its own so that pages which only check a hash do not load the notebook format with it.
 */
export function asStored(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
