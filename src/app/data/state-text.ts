import { t } from '../i18n/i18n.svelte.ts';
import type { DatasetStatus } from './dataset-loader.svelte.ts';

/** The state of a dataset in words: verified (and from where), changed, unreachable, … */
export function stateText(status: DatasetStatus | undefined): string {
  if (!status) return t('data.state.idle');
  switch (status.phase) {
    case 'loading':
      return t('data.state.loading');
    case 'changed':
      return t('data.state.changed');
    case 'failed':
      if (status.errorKind === 'cancelled') return t('data.state.cancelled');
      if (status.errorKind === 'unreachable' || status.errorKind === 'cors')
        return t('data.state.unreachable');
      return t('data.state.failed');
    case 'ready': {
      if (status.check === 'changed' && !status.kept) return t('data.state.changed');
      const served = status.servedBy;
      const parts = [
        !served
          ? t('data.state.verified')
          : served.from === 'cache'
            ? t('data.state.fromCache')
            : served.from === 'source'
              ? t('data.state.fromSource')
              : t('data.state.fromMirror', { n: served.mirror, url: served.url }),
      ];
      if (status.kept && status.check === 'changed') parts.push(t('data.state.kept'));
      if (status.check === 'checking') parts.push(t('data.state.checking'));
      if (status.check === 'unreachable') parts.push(t('data.state.sourceUnreachable'));
      if (status.check === 'no-source') parts.push(t('data.state.noSource'));
      if (status.check === 'not-found') parts.push(t('storage.state.sourceNotFound'));
      if (status.check === 'same') parts.push(t('data.state.sourceSame'));
      return parts.join(' · ');
    }
  }
}
