let counter = 0;
// A per-load prefix keeps ids unique across re-parses and between notebooks of one page.
const session = Math.random().toString(36).slice(2, 6);

/** A new cell id, unique in this page or process. Ids are not stored in the file. */
export function newCellId(): string {
  return `c${session}${(++counter).toString(36)}`;
}

/** A slug for notebook ids: lower-case ASCII letters, digits and dashes. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
