import { AlgobookError } from '../../core/errors/index.ts';
import { t } from '../i18n/i18n.svelte.ts';

/**
 * A dataset read from a local file (a relative URL) of a notebook that has no location of its
 * own: its bytes are in this browser's cache or nowhere, and the cache does not have them. The
 * data panel offers to choose the file.
 */
export class LocalFileMissing extends AlgobookError {
  constructor(
    readonly dataset: string,
    readonly file: string,
  ) {
    super(
      'dataset-local-missing',
      { dataset, file },
      t('localdata.missing', { name: dataset, file }),
    );
    this.name = 'LocalFileMissing';
  }
}
