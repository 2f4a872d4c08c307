import { errorText } from '../i18n/error-text.ts';
import { i18n, t } from '../i18n/i18n.svelte.ts';
import type { VersionProblem } from './problems.ts';

/** Why a row has no card, as a person reads it, in the interface's language. */
export function describeProblem(problem: VersionProblem): string {
  switch (problem.kind) {
    case 'unreachable':
      return t('register.problem.unreachable');
    case 'status':
      return t('register.problem.status', { status: String(problem.status) });
    case 'too-large':
      return t('register.problem.too-large', {
        size: `${Math.round(problem.limit / (1024 * 1024))} MB`,
      });
    case 'hash':
      return t('register.problem.hash', {
        actual: problem.actual.slice(0, 12),
        expected: problem.expected.slice(0, 12),
      });
    case 'format':
      return t('register.problem.format', {
        reason: problem.code
          ? errorText(i18n.locale, problem.code, problem.params, problem.message)
          : problem.message,
      });
  }
}
