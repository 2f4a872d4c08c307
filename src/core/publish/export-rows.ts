/** Most rows of a table an export shows; the rest is counted ("… 1,234 more rows"). */
export const EXPORT_ROWS = 100;
