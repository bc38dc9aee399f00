/**
 * The table reader (src/io/table): delimiters, quoting, a BOM, R's row names, decimal
 * commas, empty and missing cells, duplicates, the identifier column, the limits, and a
 * real edgeR signature. Expected numbers are written out by hand for the small tables and,
 * for the real file, computed with Python's csv module (see the comment there).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHgncResolver } from '../../src/data/hgnc/load-hgnc';
import { detectDecimalMark, parseNumber } from '../../src/io/table/cells';
import { readTable, readTableText } from '../../src/io/table/read-table';
import { MAX_TABLE_BYTES, type TableResult } from '../../src/io/table/table-report';

const now = new Date('2026-12-01T00:00:00Z');
function ok(result: TableResult) {
  if (!result.ok) throw new Error(`expected a table, got ${JSON.stringify(result.error)}`);
  return result;
}
const values = (result: ReturnType<typeof ok>, name: string) => {
  const column = result.dataset.columns.find((c) => c.name === name);
  if (!column) throw new Error(`no column ${name}`);
  return [...column.values];
};

describe('cells', () => {
  it('reads points, exponents, infinities and the usual "no value" marks', () => {
    expect(parseNumber('-1.5e-3', 'point')).toBe(-0.0015);
    expect(parseNumber(' .5 ', 'point')).toBe(0.5);
    expect(parseNumber('-Inf', 'point')).toBe(-Infinity);
    for (const missing of ['', 'NA', 'n/a', '#N/A', 'NaN', 'NULL']) expect(parseNumber(missing, 'point')).toBeNaN();
    expect(parseNumber('1,5', 'point')).toBeUndefined();
    expect(parseNumber('abc', 'point')).toBeUndefined();
  });
  it('reads decimal commas only in a comma file, and refuses a point there (it may be a thousands mark)', () => {
    expect(parseNumber('-1,25', 'comma')).toBe(-1.25);
    expect(parseNumber('3', 'comma')).toBe(3);
    expect(parseNumber('1.234', 'comma')).toBeUndefined();
  });
  it('decides the decimal mark once per file', () => {
    expect(
      detectDecimalMark([
        ['A', '1,5'],
        ['B', '2'],
      ]),
    ).toBe('comma');
    expect(
      detectDecimalMark([
        ['A', '1,5'],
        ['B', '2.5'],
      ]),
    ).toBe('point');
    expect(
      detectDecimalMark([
        ['A', '1'],
        ['B', '2'],
      ]),
    ).toBe('point');
  });
});

describe('readTable: delimiters, quoting and the header', () => {
  it('reads a CSV with quoted cells (a comma and a doubled quote inside) and says what each column is', async () => {
    const r = ok(await readTableText('t.csv', 'gene,logFC,note\nTP53,-1.5,"a, b"\nMYC,2,"say ""hi"""\n', { now }));
    expect(r.report.format).toBe('csv');
    expect(r.report.rows).toBe(2);
    expect(r.report.columns.map((c) => [c.name, c.kind])).toEqual([
      ['gene', 'identifier'],
      ['logFC', 'numeric'],
      ['note', 'text'],
    ]);
    expect(r.report.columns[2].example).toEqual({ row: 2, text: 'a, b' });
    expect(r.dataset.identifiers).toEqual(['TP53', 'MYC']);
    expect(values(r, 'logFC')).toEqual([-1.5, 2]);
    expect(r.dataset.columns[0].scale).toBe('signed');
    expect(r.dataset.createdAt).toBe('2026-12-01T00:00:00.000Z');
  });
  it('reads TSV, strips a byte-order mark and skips blank lines', async () => {
    const r = ok(await readTableText('t.tsv', '\uFEFFsymbol\ta\tb\n\nTP53\t1\t2\n\nMYC\t3\t4\n', { now }));
    expect(r.report.format).toBe('tsv');
    expect(r.dataset.identifierColumn).toBe('symbol');
    expect(r.dataset.identifiers).toEqual(['TP53', 'MYC']);
    expect(values(r, 'b')).toEqual([2, 4]);
    expect(r.dataset.columns.map((c) => c.scale)).toEqual(['unsigned', 'unsigned']);
  });
  it('reads a ;-separated file with decimal commas (commas there are not the delimiter)', async () => {
    const r = ok(await readTableText('de.csv', 'Gen;log2FC;p\nTP53;-1,5;0,01\nMYC;2,25;0,2\n', { now }));
    expect(r.report.format).toBe('semicolon');
    expect(r.report.decimal).toBe('comma');
    expect(values(r, 'log2FC')).toEqual([-1.5, 2.25]);
    expect(values(r, 'p')).toEqual([0.01, 0.2]);
  });
  it('reports every cell that is not a number with its row and column, and keeps the row', async () => {
    const r = ok(await readTableText('t.csv', 'g,a,b\nTP53,1,x\nMYC,oops,2\nEGFR,3,4\nKRAS,,NA\n', { now }));
    expect(r.report.unreadable).toEqual([
      { row: 3, column: 'a', text: 'oops' },
      { row: 2, column: 'b', text: 'x' },
    ]);
    expect(r.report.unreadableCount).toBe(2);
    expect(values(r, 'a')).toEqual([1, Number.NaN, 3, Number.NaN]);
    expect(r.report.columns.find((c) => c.name === 'a')).toMatchObject({ missing: 1, unreadable: 1 });
    expect(r.dataset.identifiers).toHaveLength(4);
  });
  it('treats a column of text as text, not as numbers with errors', async () => {
    const r = ok(await readTableText('t.csv', 'g,desc,v\nTP53,tumour protein,1\nMYC,oncogene,2\n', { now }));
    expect(r.report.columns[1]).toMatchObject({
      kind: 'text',
      unreadable: 2,
      example: { row: 2, text: 'tumour protein' },
    });
    expect(r.dataset.columns.map((c) => c.name)).toEqual(['v']);
    expect(r.report.unreadableCount).toBe(0);
  });
  it('keeps the first of rows that repeat an identifier (ignoring case), and lists them', async () => {
    const r = ok(await readTableText('t.csv', 'g,v\nTP53,1\nMYC,2\ntp53,3\nTP53,4\n,5\n', { now }));
    expect(r.dataset.identifiers).toEqual(['TP53', 'MYC']);
    expect(values(r, 'v')).toEqual([1, 2]);
    expect(r.report.duplicates).toEqual([{ identifier: 'TP53', rows: [2, 4, 5] }]);
    expect(r.report.emptyIdentifierRows).toEqual([6]);
  });
  it('notes rows with more cells than the header names', async () => {
    const r = ok(await readTableText('t.csv', 'g,v\nTP53,1,9\nMYC,2\n', { now }));
    expect(r.report.longRows).toEqual([2]);
  });
  it('reads a bare list of symbols without a header when the first line is a symbol', async () => {
    const resolver = await loadHgncResolver();
    const r = ok(await readTableText('list.txt', 'TP53\nKU70\nMYC\n', { resolver, now }));
    expect(r.report.format).toBe('list');
    expect(r.report.headerless).toBe(true);
    expect(r.dataset.identifiers).toEqual(['TP53', 'KU70', 'MYC']);
    expect(r.dataset.columns).toEqual([]);
    const headed = ok(await readTableText('list.txt', 'genes\nTP53\nMYC\n', { resolver, now }));
    expect(headed.dataset.identifiers).toEqual(['TP53', 'MYC']);
  });
  it('names the content hash (SHA-256 of the bytes) as the id', async () => {
    // printf 'g,v\nTP53,1\n' | sha256sum
    const r = ok(await readTableText('t.csv', 'g,v\nTP53,1\n', { now }));
    expect(r.dataset.id).toBe('6d004bc551f1edb6cd97217ab03c2b84a14ebc198bfe2903c649af3a992817da');
  });
});

describe('readTable: the identifier column', () => {
  it('skips R row names (a blank header over whole numbers) and takes the next column', async () => {
    const r = ok(await readTableText('r.csv', '"","gene","lfc"\n"1","TP53",1\n"2","MYC",-1\n', { now }));
    expect(r.report.columns[0].kind).toBe('row-names');
    expect(r.report.identifier).toEqual({ column: 'gene', skipped: { column: '', reason: 'row-numbers' } });
    expect(r.dataset.columns.map((c) => c.name)).toEqual(['lfc']);
  });
  it('takes a Symbol column over a first column of Ensembl ids, and says so', async () => {
    const text = 'id,lfc,Symbol\nENSG00000141510,1,TP53\nENSG00000136997,2,MYC\n';
    const r = ok(await readTableText('e.csv', text, { now }));
    expect(r.report.identifier).toEqual({ column: 'Symbol', skipped: { column: 'id', reason: 'ensembl' } });
    expect(r.dataset.identifiers).toEqual(['TP53', 'MYC']);
  });
  it('keeps a first column of Ensembl ids when no column is headed like symbols', async () => {
    const r = ok(await readTableText('e.csv', 'id,lfc\nENSG00000141510,1\n', { now }));
    expect(r.report.identifier).toEqual({ column: 'id' });
  });
});

describe('readTable: what it refuses, precisely', () => {
  it('refuses a file over the limit unread, naming the limit', async () => {
    const r = await readTable('big.csv', new Uint8Array(MAX_TABLE_BYTES + 1));
    expect(r).toEqual({
      ok: false,
      error: { kind: 'too-large', fileName: 'big.csv', size: MAX_TABLE_BYTES + 1, limit: 50_000_000 },
    });
  });
  it('refuses an empty file, whitespace only, and a header without rows', async () => {
    expect(await readTableText('e.csv', '')).toMatchObject({ ok: false, error: { kind: 'empty' } });
    expect(await readTableText('e.csv', ' \n\n')).toMatchObject({ ok: false, error: { kind: 'empty' } });
    expect(await readTableText('h.csv', 'gene,lfc\n')).toMatchObject({ ok: false, error: { kind: 'header-only' } });
  });
  it('refuses what is not a table: binary bytes, JSON, markup, prose', async () => {
    expect(await readTable('x.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))).toMatchObject({
      ok: false,
      error: { kind: 'binary' },
    });
    expect(await readTableText('x.json', '{"a": 1}')).toMatchObject({
      error: { kind: 'not-a-table', looksLike: 'json' },
    });
    expect(await readTableText('x.html', '<html></html>')).toMatchObject({ error: { looksLike: 'markup' } });
    const prose = 'This is a letter.\nIt has sentences in it.\nNo table here.\n';
    expect(await readTableText('x.txt', prose)).toMatchObject({ error: { kind: 'not-a-table', looksLike: 'prose' } });
  });
  it('reads a Windows-1252 file (Excel’s "CSV" on Windows) instead of failing on its bytes', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('g,v\nTP53,1\nMYC,2 '), 0xb5, 0x0a]);
    const r = ok(await readTable('w.csv', bytes, { now }));
    expect(r.report.encoding).toBe('windows-1252');
    expect(r.report.unreadable).toEqual([{ row: 3, column: 'v', text: '2 µ' }]);
  });
});

describe('readTable: spreadsheets', () => {
  it('reads the first sheet of an .xlsx file', async () => {
    const XLSX = await import('@e965/xlsx');
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['gene', 'lfc'],
        ['TP53', -1.25],
        ['MYC', 3],
      ]),
      'DE',
    );
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const r = ok(await readTable('de.xlsx', bytes, { now }));
    expect(r.report).toMatchObject({ format: 'spreadsheet', sheet: 'DE', rows: 2 });
    expect(r.dataset.identifiers).toEqual(['TP53', 'MYC']);
    expect(values(r, 'lfc')).toEqual([-1.25, 3]);
  });
});

const OCTAD = '../shared/data/expression/octad_HCC_dz_sig_used.csv';
if (!existsSync(OCTAD)) console.warn(`table-reader.test: ${OCTAD} absent, skipping the real signature`);
describe.skipIf(!existsSync(OCTAD))('the OCTAD HCC signature (edgeR output written by R)', () => {
  /*
   * Expected values from Python, independently of this reader:
   *   r = list(csv.reader(open(OCTAD))); h, d = r[0], r[1:]
   *   len(d) = 143 rows, len(h) = 19 columns; log2FoldChange > 0 in 97 rows, < 0 in 46;
   *   143 distinct Symbol values; first row TERT 8.58056589615185, last FOS -3.31883110322041;
   *   chromosome is not a whole number in rows 60 and 64 (counting the header as row 1): "X".
   */
  it('skips the row names, takes Symbol over the Ensembl column, and reads every number', async () => {
    const r = ok(await readTable('octad.csv', new Uint8Array(readFileSync(OCTAD)), { now }));
    expect(r.report.rows).toBe(143);
    expect(r.report.columns).toHaveLength(19);
    expect(r.report.columns[0].kind).toBe('row-names');
    expect(r.report.identifier).toEqual({ column: 'Symbol', skipped: { column: 'identifier', reason: 'ensembl' } });
    expect(r.dataset.identifiers).toHaveLength(143);
    expect(r.report.duplicates).toEqual([]);
    expect(r.dataset.identifiers[0]).toBe('TERT');
    const lfc = values(r, 'log2FoldChange');
    expect(lfc[0]).toBe(8.58056589615185);
    expect(lfc[142]).toBe(-3.31883110322041);
    expect(lfc.filter((v) => v > 0)).toHaveLength(97);
    expect(lfc.filter((v) => v < 0)).toHaveLength(46);
    expect(r.report.unreadable).toEqual([
      { row: 60, column: 'chromosome', text: 'X' },
      { row: 64, column: 'chromosome', text: 'X' },
    ]);
    expect(r.report.columns.find((c) => c.name === 'description')?.kind).toBe('text');
  });
});
