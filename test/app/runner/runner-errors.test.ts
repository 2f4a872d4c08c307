import { describe, expect, it } from 'vitest';
import { errorText } from '../../../src/core/errors/index.ts';
import { runnerStartTimeout, runnerWorkerError } from '../../../src/app/runner/runner-errors.ts';

describe('runner errors', () => {
  it("runnerWorkerError(detail) keeps the engine's text as a detail only", () => {
    const error = runnerWorkerError('Uncaught TypeError: x is not a function');
    expect(error.code).toBe('runner-worker-error');
    expect(error.message).toContain('Uncaught TypeError: x is not a function');
    expect(errorText('fr', error.code, error.params, error.message)).toBe(
      'L’exécuteur des cellules a échoué hors de toute cellule (une erreur qu’aucune cellule n’a interceptée)\u00a0; exécutez de nouveau le carnet.',
    );
  });

  it('runnerStartTimeout(seconds) is worded in either language', () => {
    const error = runnerStartTimeout(10);
    expect(error.message).toBe('The cell runner did not start within 10 s.');
    expect(errorText('fr', error.code, error.params, error.message)).toBe(
      'L’exécuteur des cellules n’a pas démarré en 10\u00a0s.',
    );
  });
});
