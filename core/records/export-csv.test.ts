import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as csvParse } from 'csv-parse/sync';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../storage/testing/temp-dir';
import { csvCells, csvColumns, exportCsv } from './export-csv';
import { safeTextCell } from './spreadsheet-safety';
import { expectAbortedBeforeStartWritesNothing, expectCancelLeavesNoFile, expectProgressReported } from './testing/export-cases';
import { readCsv } from './testing/csv-read';
import { recordRow } from './testing/rows';
import type { RecordRow } from './types';

const tempDir = useTempDirs();
const many = (count: number) => Array.from({ length: count }, (_, i) => recordRow({ learnerName: `Learner ${i}` }));

async function exported(rows: RecordRow[]): Promise<{ raw: Buffer; table: string[][] }> {
  const destination = join(await tempDir(), 'records.csv');
  await exportCsv(rows, destination);
  const raw = await readFile(destination);
  return { raw, table: readCsv(raw.toString('utf8').replace(/^\uFEFF/, '')) };
}

describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark, then the header', async () => {
    const { raw, table } = await exported([recordRow()]);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(table[0]).toEqual([...csvColumns]);
  });

  it('writes one row per learner per module, in the given order', async () => {
    const { table } = await exported([
      recordRow({
        learnerName: 'Zoë Ångström, "Zo"',
        staffId: null,
        courseVersion: '2.1.0',
        timeSpentMs: 3_723_000,
        scorePercent: 66.66666,
      }),
      recordRow({ status: 'in-progress', scorePercent: null, passMark: null, completedAt: null, sessionId: null, attempts: 2 }),
    ]);
    expect(table.slice(1)).toEqual([
      [
        'Zoë Ångström, "Zo"',
        '',
        'Safety at Work',
        '2.1.0',
        'Fire Evacuation',
        'Passed',
        '66.7',
        '70',
        '1',
        '2025-03-01 09:00:00',
        '2025-03-01 09:10:00',
        '1:02:03',
        'room-2',
      ],
      [
        'Ana Lima',
        'S-0042',
        'Safety at Work',
        '1.0.0',
        'Fire Evacuation',
        'In progress',
        '',
        '',
        '2',
        '2025-03-01 09:00:00',
        '',
        '0:10:00',
        '',
      ],
    ]);
  });

  it('keeps a line break inside a cell within its quoted cell', async () => {
    const { table } = await exported([recordRow({ learnerName: 'Two\nLines' })]);
    expect(table).toHaveLength(2);
    expect(table[1]?.[0]).toBe('Two\nLines');
  });

  it.each([
    ['learnerName', '=HYPERLINK("http://evil.example","x")', 0],
    ['staffId', '+1', 1],
    ['courseTitle', '-2', 2],
    ['moduleTitle', '@SUM(A1:A2)', 4],
    ['sessionId', '\t=cmd', 12],
    ['learnerName', '\r=cmd', 0],
  ] as const)('escapes a %s starting with %j against formula injection', async (field, value, column) => {
    const { table } = await exported([recordRow({ [field]: value })]);
    expect(table[1]?.[column]).toBe(`'${value}`);
  });

  it.each([
    ['scorePercent', 6],
    ['passMark', 7],
    ['attempts', 8],
  ] as const)('writes a negative %s as a number, not escaped', (field, column) => {
    expect(csvCells(recordRow({ [field]: -2 }))[column]).toBe(-2);
  });

  it('reports progress', async () => {
    await expectProgressReported(await tempDir(), 2_500, (destination, options) => exportCsv(many(2_500), destination, options));
  });

  it('leaves no file when cancelled midway', async () => {
    await expectCancelLeavesNoFile(await tempDir(), (destination, options) => exportCsv(many(50_000), destination, options));
  });

  it('writes nothing when cancelled before it starts', async () => {
    await expectAbortedBeforeStartWritesNothing(await tempDir(), (destination, options) => exportCsv(many(10), destination, options));
  });

  it('replaces an existing file only once the export is complete', async () => {
    const dir = await tempDir();
    const destination = join(dir, 'records.csv');
    await exportCsv([recordRow({ learnerName: 'First' })], destination);
    await exportCsv([recordRow({ learnerName: 'Second' })], destination);
    expect(readCsv((await readFile(destination, 'utf8')).slice(1))[1]?.[0]).toBe('Second');
  });

  it('says why when the folder does not exist', async () => {
    const destination = join(await tempDir(), 'missing', 'records.csv');
    await expect(exportCsv([recordRow()], destination)).rejects.toMatchObject({
      code: 'not-saved',
      message: expect.stringContaining('the folder does not exist'),
    });
  });

  it('names the session in the Session column when it knows it, and keeps the id when it does not', () => {
    const names = (id: string) => (id === 'session-1' ? 'Tuesday induction' : undefined);
    expect(csvCells(recordRow({ sessionId: 'session-1' }), names).at(-1)).toBe('Tuesday induction');
    expect(csvCells(recordRow({ sessionId: 'session-2' }), names).at(-1)).toBe('session-2');
    expect(csvCells(recordRow({ sessionId: null }), names).at(-1)).toBeNull();
  });
});

// Names and staff ids as a learner could type them: line breaks of every kind that might split a
// row, formulas of every start character, hidden behind whitespace, and in full-width forms.
const hostile: string[] = [
  "1\n=cmd|' /C calc'!A0",
  '\n',
  '\r',
  '\r\n',
  'a\rb',
  'x\r=1+1',
  'x\r\n@SUM(A1)',
  '\n=1+1',
  '\r\n-2+3',
  '=1+1',
  '+1',
  '-1',
  '@SUM(A1:A9)',
  "|cmd' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  ' =1+1',
  '  +1',
  '\u00a0@SUM(A1)',
  '\u3000=1+1',
  '\uff1d1+1',
  '\uff0b1',
  '\uff0d1',
  '\uff20SUM(A1)',
  "\uff5ccmd' /C calc'!A0",
  ' \uff1d1+1',
  'Zoë "Zo", Ångström',
];

const formulaStart = /^(?:[\t\r\n]|\s*[=+\-@|\uff1d\uff0b\uff0d\uff20\uff5c])/;

/**
 * The file as two independent CSV libraries read it, each told to do what Excel and LibreOffice do
 * when they open a CSV: end a row at any line break (CRLF, LF or a lone CR) outside quotes. Their
 * default dialect detection is more forgiving (it picks CRLF and keeps a stray LF inside the cell),
 * which would hide exactly the row split a spreadsheet makes.
 */
function readAsSpreadsheets(text: string): Record<'papaparse' | 'csv-parse', string[][]> {
  const body = text.replace(/^\uFEFF/, '');
  // papaparse takes one line-break string, so every break becomes LF first; that changes only the
  // line breaks inside quoted cells, which the value checks below read from csv-parse.
  const lf = body.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  return {
    papaparse: Papa.parse<string[]>(lf, { header: false, newline: '\n' }).data,
    'csv-parse': csvParse(body, { record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true }) as string[][],
  };
}

const withoutLineBreaks = (cell: string | undefined) => cell?.replace(/\r\n?/g, '\n');

describe('CSV export of hostile names and staff ids', () => {
  it('keeps every row one row and no cell a formula, read by papaparse and by csv-parse', async () => {
    const rows = hostile.map((value) => recordRow({ learnerName: value, staffId: value, sessionId: value }));
    const destination = join(await tempDir(), 'records.csv');
    await exportCsv(rows, destination);
    const parsed = readAsSpreadsheets(await readFile(destination, 'utf8'));
    const expected = rows.length + 1;
    console.log(
      `hostile CSV: ${hostile.length} rows + header, ${expected} expected; papaparse read ${parsed.papaparse.length}, csv-parse read ${parsed['csv-parse'].length}`,
    );
    for (const [parser, table] of Object.entries(parsed)) {
      expect(table, parser).toHaveLength(expected);
      table.slice(1).forEach((cells, i) => {
        const value = safeTextCell(hostile[i] ?? '');
        expect(cells, `${parser} row ${i + 1}`).toHaveLength(csvColumns.length);
        for (const column of [0, 1, 12])
          expect(withoutLineBreaks(cells[column]), `${parser} row ${i + 1} column ${column}`).toBe(withoutLineBreaks(value));
        for (const cell of cells) expect(cell, `${parser} row ${i + 1}`).not.toMatch(formulaStart);
      });
    }
    // csv-parse reads every byte of a cell back exactly, line breaks included.
    expect(parsed['csv-parse'].slice(1).map((cells) => cells[1])).toEqual(hostile.map(safeTextCell));
  });

  it.each(hostile.map((value) => [value]))('%j stays in its row for both parsers', async (value) => {
    const destination = join(await tempDir(), 'records.csv');
    await exportCsv([recordRow({ staffId: value }), recordRow({ learnerName: value })], destination);
    for (const [parser, table] of Object.entries(readAsSpreadsheets(await readFile(destination, 'utf8')))) {
      expect(
        table.map((cells) => cells.length),
        parser,
      ).toEqual([csvColumns.length, csvColumns.length, csvColumns.length]);
      expect(withoutLineBreaks(table[1]?.[1]), parser).toBe(withoutLineBreaks(safeTextCell(value)));
      expect(withoutLineBreaks(table[2]?.[0]), parser).toBe(withoutLineBreaks(safeTextCell(value)));
    }
  });
});
