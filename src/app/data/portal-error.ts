import { PortalError } from '../../core/portals/index.ts';
import { t } from '../i18n/i18n.svelte.ts';

/** A portal failure in the interface's language, and whether a local file is the way out. */
export function describePortalError(error: unknown): { message: string; cors: boolean } {
  if (!(error instanceof PortalError)) {
    return { message: error instanceof Error ? error.message : String(error), cors: false };
  }
  const url = error.details.url ?? error.base;
  switch (error.reason) {
    case 'cors':
      return { message: t('data.error.cors', { url }), cors: true };
    case 'unreachable':
      return { message: t('data.error.unreachable', { url }), cors: false };
    case 'not-api':
      return { message: t('data.portal.notApi', { url: error.base }), cors: false };
    case 'not-found':
      return { message: t('data.error.notFound', { url }), cors: false };
    case 'query':
      return { message: t('data.portal.queryError', { message: error.message }), cors: false };
    case 'cancelled':
      return { message: t('data.error.cancelled', { url }), cors: false };
    default:
      return {
        message: t('data.error.status', { url, status: String(error.details.status ?? '') }),
        cors: false,
      };
  }
}
