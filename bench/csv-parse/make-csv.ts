/**
 * The files of the parse benchmark: 1,000,000 rows, about 50 MB, of mixed columns (integers,
 * decimals, short words, ISO dates, empty cells, quoted fields with delimiters and escaped
 * quotes, booleans), written with commas or, as French portals do, with semicolons, decimal
 * commas and dd/mm/yyyy dates.
 */
const CITIES = ['Paris', 'Lyon', 'Marseille', 'Lille', 'Nantes', 'Rennes', 'Brest', 'Nice'];

export function makeCsv(rows: number, french = false): Uint8Array {
  const d = french ? ';' : ',';
  const parts = [['id', 'value', 'city', 'day', 'count', 'label', 'flag'].join(d) + '\n'];
  for (let i = 0; i < rows; i++) {
    const value = (((i * 7919) % 2000003) - 1000000) / 1000;
    const city = i % 50 === 0 ? `"${CITIES[i % 8]}${d} centre"` : CITIES[i % 8];
    const dd = String((i % 28) + 1).padStart(2, '0');
    const mm = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
    const day = french ? `${dd}/${mm}/2024` : `2024-${mm}-${dd}`;
    const count = i % 7 === 0 ? '' : String((i * 31) % 10007);
    const label = i % 100 === 0 ? `"say ""${i}"""` : `item ${i % 5000}`;
    const number = french ? String(value).replace('.', ',') : String(value);
    parts.push(
      `${i}${d}${number}${d}${city}${d}${day}${d}${count}${d}${label}${d}${i % 3 === 0}\n`,
    );
  }
  return new TextEncoder().encode(parts.join(''));
}
