/**
 * Markdown produced by the `md` builtin. Displaying one (or making it the value of an expression
 * cell) shows a `markdown` output; it is recognised with `instanceof`, since cell code runs in
 * the runtime's own realm.
 */
export class Markdown {
  constructor(readonly markdown: string) {}

  toString(): string {
    return this.markdown;
  }
}

/**
 * `md` as a tagged template (md`# Total: ${n}`) or a plain call (md(text)). Interpolated values
 * are written with `String()`; the page renders and sanitises the result.
 */
export function md(strings: TemplateStringsArray | string, ...values: unknown[]): Markdown {
  if (typeof strings === 'string') return new Markdown(strings);
  let text = strings[0] ?? '';
  for (let i = 0; i < values.length; ++i) text += String(values[i]) + (strings[i + 1] ?? '');
  return new Markdown(text);
}
