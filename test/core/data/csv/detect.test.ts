import { describe, expect, it } from 'vitest';
import { detectDialect, SAMPLE_BYTES } from '../../../../src/core/data/csv/detect.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 bytes of text made of Latin-1 characters (é, è, ç…). */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf16le = (text: string, bom = true) => {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; ++i) {
    const at = (bom ? 2 : 0) + i * 2;
    bytes[at] = text.charCodeAt(i) & 0xff;
    bytes[at + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};
const utf16be = (text: string) => {
  const le = utf16le(text);
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
};

// INSEE's commune list as a data.gouv.fr producer exports it.
const COMMUNES =
  'code_insee;nom;population;surface_km2\r\n' +
  '75101;Paris 1er;15917;1,83\r\n' +
  '75102;Paris 2e;21595;0,99\r\n' +
  '13055;Marseille;873076;240,62\r\n' +
  '91228;Évry-Courcouronnes;66767;17,25\r\n' +
  '2A004;Ajaccio;71361;82,03\r\n';

const dialect = (bytes: Uint8Array, hint?: { format?: 'csv' | 'tsv' }) =>
  detectDialect(bytes, hint);

describe('detectDialect(bytes) encoding', () => {
  it('detectDialect(bytes) reads a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a,b\n1,2\n')]);
    expect(dialect(bytes)).toMatchObject({ encoding: 'utf-8', bom: true, delimiter: ',' });
  });

  it('detectDialect(bytes) reads UTF-16 LE and BE byte-order marks', () => {
    expect(dialect(utf16le('nom;pop\nÉvry;5\n'))).toMatchObject({
      encoding: 'utf-16le',
      bom: true,
      delimiter: ';',
    });
    expect(dialect(utf16be('nom;pop\nÉvry;5\n'))).toMatchObject({
      encoding: 'utf-16be',
      bom: true,
      delimiter: ';',
    });
  });

  it('detectDialect(bytes) takes valid UTF-8 without a mark as UTF-8', () => {
    expect(dialect(utf8('nom;pop\nÉvry;5\n'))).toMatchObject({ encoding: 'utf-8', bom: false });
  });

  it('detectDialect(bytes) takes bytes that are not UTF-8 as Windows-1252', () => {
    expect(dialect(latin1('nom;pop\r\nÉvry;5\r\nSaint-Étienne;172565\r\n'))).toMatchObject({
      encoding: 'windows-1252',
      bom: false,
      delimiter: ';',
    });
  });

  it('detectDialect(bytes) keeps UTF-8 when the sample ends inside a character', () => {
    // "é" (2 bytes) straddles the end of the sample; the file goes on after it.
    const head = 'nom;pop\n' + 'x;1\n'.repeat((SAMPLE_BYTES - 1 - 8 - 3) / 4) + 'abc';
    const text = `${head}é;2\n` + 'Évry;3\n'.repeat(10);
    const bytes = utf8(text);
    expect(bytes[SAMPLE_BYTES - 1]).toBe(0xc3);
    expect(dialect(bytes)).toMatchObject({ encoding: 'utf-8', delimiter: ';' });
  });

  it('detectDialect(bytes) calls a character cut at the real end of the file not UTF-8', () => {
    // The file ends after the first of the two bytes of "É".
    expect(dialect(utf8('nom;pop\nÉvry;5\n').subarray(0, 9))).toMatchObject({
      encoding: 'windows-1252',
    });
  });

  it('detectDialect(bytes) reads only the start of the file', () => {
    const start = utf8('a;b\n' + '1;2\n'.repeat(SAMPLE_BYTES / 4));
    const bytes = new Uint8Array([...start, ...latin1('é,è,à,ç,ù\n'.repeat(100_000))]);
    expect(dialect(bytes)).toMatchObject({ encoding: 'utf-8', delimiter: ';' });
  });
});

describe('detectDialect(bytes) delimiter', () => {
  it.each([
    [',', 'a,b,c\n1,2,3\n4,5,6\n'],
    [';', 'a;b;c\n1;2;3\n4;5;6\n'],
    ['\t', 'a\tb\tc\n1\t2\t3\n4\t5\t6\n'],
    ['|', 'a|b|c\n1|2|3\n4|5|6\n'],
  ])('detectDialect(bytes) finds %j', (delimiter, text) => {
    expect(dialect(utf8(text)).delimiter).toBe(delimiter);
  });

  it('detectDialect(bytes) reads a semicolon file with decimal commas, CRLF, Windows-1252', () => {
    expect(dialect(latin1(COMMUNES))).toEqual({
      delimiter: ';',
      decimal: ',',
      encoding: 'windows-1252',
      dates: 'iso',
      header: true,
      bom: false,
    });
  });

  it('detectDialect(bytes) keeps a comma file with quoted semicolons a comma file', () => {
    const text =
      'id,label,note\n1,"a;b;c","x;y"\n2,"d;e;f","z;w"\n3,"g;h;i","u;v"\n4,plain,"p;q"\n';
    expect(dialect(utf8(text)).delimiter).toBe(',');
    // Counted without quotes, the semicolons would agree and the commas would not.
    const tricky =
      'nom,"code;insee"\n"Paris, 1er","75;101"\nLyon,"69;123"\n"Évry, Essonne","91;228"\n';
    expect(dialect(utf8(tricky)).delimiter).toBe(',');
  });

  it('detectDialect(bytes) keeps a delimiter quoted across lines inside its field', () => {
    const text = 'id;texte\n1;"une ligne\nune autre, avec, virgules"\n2;"b,c"\n3;d\n';
    expect(dialect(utf8(text)).delimiter).toBe(';');
  });

  it('detectDialect(bytes) reads a single-column file with a comma, its header kept', () => {
    expect(dialect(utf8('commune\nParis\nLyon\nMarseille\n'))).toMatchObject({
      delimiter: ',',
      decimal: '.',
      header: true,
    });
  });

  it('detectDialect(bytes) finds the delimiter when the first line has fewer fields', () => {
    const text =
      'Populations légales 2021\ncode;nom;population\n75101;Paris 1er;15917\n75102;Paris 2e;21595\n69123;Lyon;522250\n';
    expect(dialect(utf8(text)).delimiter).toBe(';');
    const header = 'code;nom\n75101;Paris 1er;15917\n75102;Paris 2e;21595\n';
    expect(dialect(utf8(header)).delimiter).toBe(';');
  });

  it('detectDialect(bytes) takes a tab for a tsv hint', () => {
    expect(dialect(utf8('a;b\n1;2\n'), { format: 'tsv' }).delimiter).toBe('\t');
    expect(dialect(utf8('a;b\n1;2\n'), { format: 'csv' }).delimiter).toBe(';');
  });

  it('detectDialect(bytes) judges on lines cut at a line end, not mid-record', () => {
    const row = '1;"long, text, with, commas";3\n';
    const text = 'a;b;c\n' + row.repeat(Math.ceil((2 * SAMPLE_BYTES) / row.length));
    expect(dialect(utf8(text)).delimiter).toBe(';');
  });
});

describe('detectDialect(bytes) numbers and dates', () => {
  it('detectDialect(bytes) reads thousands groups by space, no-break and narrow no-break space', () => {
    for (const space of [' ', '\u00a0', '\u202f']) {
      const text = `nom;pop\nMarseille;873${space}076\nLyon;522${space}250\n`;
      expect(dialect(utf8(text)).decimal, JSON.stringify(space)).toBe(',');
    }
  });

  it('detectDialect(bytes) reads a decimal-comma column with one bad value as decimal comma', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${i};${i},5`);
    rows[5] = '5;n/a';
    expect(dialect(utf8(`id;surface_km2\n${rows.join('\n')}\n`)).decimal).toBe(',');
    expect(dialect(utf8('id;s\n1;1,5\n2;n/a\n3;2,5\n')).decimal).toBe(',');
    // Two bad values of three, or two of twelve, are not one bad value.
    expect(dialect(utf8('id;s\n1;1,5\n2;n/a\n3;x\n')).decimal).toBe('.');
    rows[6] = '6;x';
    expect(dialect(utf8(`id;surface_km2\n${rows.join('\n')}\n`)).decimal).toBe('.');
  });

  it('detectDialect(bytes) keeps a decimal point in a comma file and in integer columns', () => {
    expect(dialect(utf8('a,b\n"1,5",2\n"2,5",3\n')).decimal).toBe('.');
    expect(dialect(utf8('a;b\n15;2\n25;3\n')).decimal).toBe('.');
    expect(dialect(utf8('a;b\n1.5;x\n2.5;y\n')).decimal).toBe('.');
  });

  it('detectDialect(bytes) does not take a text column with commas for decimals', () => {
    expect(dialect(utf8('a;b\nx,y;1\nz,w;2\n')).decimal).toBe('.');
  });

  it('detectDialect(bytes) reads dd/mm/yyyy dates (with hh:mm) as dmy, others as iso', () => {
    expect(dialect(utf8('jour;n\n01/02/2024;1\n31/12/2024;2\n')).dates).toBe('dmy');
    expect(dialect(utf8('jour;n\n01/02/2024 08:30;1\n31/12/2024 17:05;2\n')).dates).toBe('dmy');
    expect(dialect(utf8('jour;n\n2024-02-01;1\n2024-12-31;2\n')).dates).toBe('iso');
    expect(dialect(utf8('a;n\nx;1\ny;2\n')).dates).toBe('iso');
  });
});

describe('detectDialect(bytes) header', () => {
  it('detectDialect(bytes) finds no header when the first record is data like the rest', () => {
    expect(dialect(utf8('75101;Paris 1er;15917\n75102;Paris 2e;21595\n')).header).toBe(false);
    expect(dialect(utf8('x;01/02/2024\ny;03/04/2024\n')).header).toBe(false);
  });

  it('detectDialect(bytes) finds a header above typed columns, even named by years', () => {
    expect(dialect(utf8('code;nom;2019;2020\n75101;Paris;1;2\n75102;Paris 2e;3;4\n')).header).toBe(
      true,
    );
    expect(dialect(utf8(COMMUNES)).header).toBe(true);
  });

  it('detectDialect(bytes) keeps a header over text columns only, and over one line', () => {
    expect(dialect(utf8('nom;ville\nAnne;Paris\nBen;Lyon\n')).header).toBe(true);
    expect(dialect(utf8('1;2\n')).header).toBe(true);
  });

  it('detectDialect(bytes) gives the same dialect for the same bytes', () => {
    const bytes = latin1(COMMUNES);
    expect(dialect(bytes)).toEqual(dialect(bytes.slice()));
  });
});
