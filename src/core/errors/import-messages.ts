/**
 * The English text of the codes of imports (issue 14): a front matter's `imports:` that cannot
 * be read (after "Line {line}: "), and an import that cannot be resolved. French beside it.
 */

/** Why an `imports:` entry cannot be read, after "Line {line}: ". */
export const IMPORT_FORMAT_REASONS = {
  'format-imports-not-mapping':
    '`imports` must map each import name to the `url` and `sha256` of the notebook it imports',
  'format-import-name':
    'import name {value} must be text of 1 to {max} characters without spaces, quotes, backticks, slashes or backslashes, and not "__proto__"',
  'format-import-not-mapping': 'import "{import}" must be a mapping with `url` and `sha256`',
  'format-import-no-url': 'import "{import}" needs a `url`: the notebook file it imports',
  'format-import-url':
    'import "{import}" has {key} {value}; expected an http(s) URL or a path relative to this notebook',
  'format-import-no-sha256':
    'import "{import}" needs a `sha256`: the 64 lower-case hexadecimal digits of the imported file',
  'format-import-sha256':
    'import "{import}" has sha256 {value}; expected 64 lower-case hexadecimal digits',
  'format-import-not-text': 'import "{import}" has {key} {value}; expected text',
  'format-import-mirrors': 'import "{import}" has mirrors {value}; expected a list of URLs',
  'format-duplicate-import': 'duplicate import name "{key}" (first defined on line {first})',
} as const;

/** Why an import could not be resolved (`FailedImport.error`). */
export const IMPORT_MESSAGES = {
  'import-changed':
    'Import "{import}" does not match its pin: {url} serves bytes with sha256 {actual}, the notebook pins sha256 {expected}. The imported notebook changed since it was pinned: pin the new version or restore the original file.',
  // No URL could serve it: the reason is the last source's failure, worded from `cause`.
  'import-unavailable': 'Import "{import}" could not be loaded from {url}. {reason}',
  'import-malformed': 'Import "{import}" at {url} is not an algobook notebook. {reason}',
  'import-local-missing':
    'Import "{import}" reads the file "{file}" beside this notebook, but this notebook has no location to read it from.',
  'import-cycle':
    'Imports form a cycle: {cycle}. A notebook cannot import itself, directly or through others.',
  'import-too-deep':
    'Import "{import}" is nested more than {max} imports deep; algobook resolves no deeper.',
  'import-too-many':
    'Import "{import}" is one import too many: this notebook reaches more than {max} imported notebooks (each counted every time it is imported).',
} as const;
