// The reducer lives in core (the command line uses it too); the page's modules import it here.
export * from '../../core/session/cell-state.ts';
