// Letters NFKD does not decompose into a base letter and a mark.
const LIGATURES: Record<string, string> = {
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  þ: 'th',
};

/**
 * A slug for notebook ids: lower-case ASCII letters, digits and single dashes, at most 60
 * characters (`"Taxe d'habitation 2024"` → `taxe-d-habitation-2024`). '' when the title has no
 * Latin letter or digit: callers choose their own fallback.
 */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[æœßøđłþ]/g, (letter) => LIGATURES[letter])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
