/**
 * Titles of the errors of algobook's own, by their `name`. The messages themselves come by code
 * from the core's catalogue (src/core/errors/messages.ts) through `errorText`.
 */
export const errorsEn = {
  'error.name.Interrupted': 'Interrupted',
  'error.name.RunnerCrashed': 'Runner crashed',
  'error.name.RuntimeError': 'RuntimeError',
  'error.name.ReferenceError': 'ReferenceError',
  'error.name.SyntaxError': 'SyntaxError',
  'error.name.TypeError': 'TypeError',
  'error.name.RangeError': 'RangeError',
  'error.name.UnknownDataset': 'UnknownDataset',
  'error.name.DatasetParseError': 'DatasetParseError',
  'error.name.DatasetHashMismatch': 'DatasetHashMismatch',
};
