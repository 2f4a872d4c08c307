import type { ErrorCode, ErrorParams } from './index.ts';

/**
 * acorn's most frequent messages, as codes. acorn words its errors in English only; the analysis
 * keeps its message, and this gives the page a code to translate. Any other message keeps the
 * generic `syntax-error` code with acorn's text as `detail`.
 */
const PATTERNS: [RegExp, ErrorCode, string[]][] = [
  [/^Unexpected token$/, 'syntax-unexpected-token', []],
  [/^Unexpected character '(.+)'$/, 'syntax-unexpected-character', ['char']],
  [/^Unterminated string constant$/, 'syntax-unterminated-string', []],
  [/^Unterminated template$/, 'syntax-unterminated-template', []],
  [/^Unterminated comment$/, 'syntax-unterminated-comment', []],
  [/^Identifier '(.+)' has already been declared$/, 'syntax-already-declared', ['name']],
  [/^Unexpected keyword '(.+)'$/, 'syntax-unexpected-keyword', ['word']],
  [
    /^(import|export) is not supported in cells yet; the builtins (.+) are in scope, and top-level declarations are shared with other cells$/,
    'syntax-import',
    ['word', 'builtins'],
  ],
];

/**
 * The code and parameters of a syntax error's message; any other message says only where the
 * error is, with the parser's English text kept as `detail`.
 */
export function syntaxCode(
  message: string,
  where: { line: number; column: number },
): { code: ErrorCode; params: ErrorParams } {
  for (const [pattern, code, names] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return { code, params: Object.fromEntries(names.map((n, i) => [n, match[i + 1]])) };
  }
  return { code: 'syntax-error', params: { detail: message, ...where } };
}
