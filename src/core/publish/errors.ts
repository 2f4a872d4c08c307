import { AlgobookError } from '../errors/algobook-error.ts';

/**
 * Bad input to the publishing core (a share link, an .ipynb file, a catalog). `message` is a
 * sentence in English; `code` and `params` let the app say the same in the reader's language.
 */
export class PublishError extends AlgobookError {
  override name = 'PublishError';
  declare readonly code: PublishErrorCode;
  constructor(
    code: PublishErrorCode,
    message: string,
    params: Record<string, string | number> = {},
  ) {
    super(code, params, message);
  }
}

export type PublishErrorCode =
  // Share links (`#share=…` payloads)
  | 'share-empty'
  | 'share-not-base64url'
  | 'share-corrupt'
  | 'share-not-text'
  | 'share-too-large'
  // Bundles (a notebook and its files in one zip, also in share links)
  | 'bundle-too-many'
  | 'bundle-bad-path'
  | 'bundle-too-large'
  | 'bundle-corrupt'
  | 'bundle-no-notebook'
  | 'bundle-not-text'
  | 'bundle-unexpected'
  | 'bundle-hash-mismatch'
  // Jupyter imports
  | 'ipynb-not-json'
  | 'ipynb-not-notebook'
  | 'ipynb-nbformat'
  | 'ipynb-no-cells'
  | 'ipynb-bad-cell'
  | 'ipynb-language'
  | 'ipynb-front'
  // Site catalogs
  | 'catalog-not-json'
  | 'catalog-invalid';
