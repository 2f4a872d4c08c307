import type { LinkError, UrlParam } from '../../core/route/route.ts';
import { t } from '../i18n/i18n.svelte.ts';

const PARAMS = {
  src: 'links.param.src',
  catalog: 'links.param.catalog',
  base: 'links.param.base',
} as const satisfies Record<UrlParam, string>;

/** Why a link cannot be opened, in the person's language. */
export function describeLinkError(error: LinkError): string {
  switch (error.code) {
    case 'too-long':
      return t('links.error.too-long', { length: error.length, limit: error.limit });
    case 'bad-encoding':
      return t('links.error.bad-encoding', { part: error.part });
    case 'empty-url':
      return t('links.error.empty-url', { param: t(PARAMS[error.param]) });
    case 'bad-url':
      return t('links.error.bad-url', { param: t(PARAMS[error.param]), value: error.value });
    case 'bad-scheme':
      return t('links.error.bad-scheme', { param: t(PARAMS[error.param]), scheme: error.scheme });
    case 'bad-sha256':
      return t('links.error.bad-sha256', { value: error.value });
    case 'missing-part':
      return t('links.error.missing-part', { route: error.route });
    case 'bad-example':
      return t('links.error.bad-example', { file: error.file });
    case 'bad-payload':
      return t('links.error.bad-payload');
    case 'bad-version-hash':
      return t('links.error.bad-version-hash', { value: error.value });
    case 'bad-version-number':
      return t('links.error.bad-version-number', { id: error.id, version: error.version });
    case 'unknown-route':
      return t('links.error.unknown-route', { path: error.path });
  }
}
