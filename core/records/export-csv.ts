import { stringify } from 'csv-stringify';
import { safeTextCell } from './spreadsheet-safety';
import { progressReporter, writeExportFile, type ExportOptions, type ExportSummary } from './export-file';
import type { RecordRow, RecordStatus } from './types';

/**
 * The CSV export for HR: one row per learner per module, UTF-8 with a byte-order mark (without it
 * Excel reads the file as the machine's legacy code page and mangles accented names). Times are
 * UTC written as `YYYY-MM-DD HH:MM:SS`, a form Excel and LibreOffice recognise as a date.
 */

export const csvColumns = [
  'Learner name',
  'Staff ID',
  'Course',
  'Course version',
  'Module',
  'Status',
  'Score (%)',
  'Pass mark (%)',
  'Attempts',
  'First started (UTC)',
  'Completed at (UTC)',
  'Time spent (h:mm:ss)',
  'Session',
] as const;

export const statusLabels: Record<RecordStatus, string> = {
  passed: 'Passed',
  completed: 'Completed',
  failed: 'Failed',
  'in-progress': 'In progress',
};

type Cell = string | number | null;

export interface CsvOptions extends ExportOptions {
  /** The session's name for the Session column; a session it does not know shows as its id. */
  sessionName?: (sessionId: string) => string | undefined;
}

/** Text cells go through the formula guard; numbers stay numbers. */
export function csvCells(row: RecordRow, sessionName?: CsvOptions['sessionName']): Cell[] {
  const text = (value: string | null) => (value === null ? null : safeTextCell(value));
  return [
    text(row.learnerName),
    text(row.staffId),
    text(row.courseTitle),
    text(row.courseVersion),
    text(row.moduleTitle),
    statusLabels[row.status],
    row.scorePercent === null ? null : round(row.scorePercent),
    row.passMark,
    row.attempts,
    spreadsheetTime(row.firstStartedAt),
    row.completedAt === null ? null : spreadsheetTime(row.completedAt),
    clockDuration(row.timeSpentMs),
    text(row.sessionId === null ? null : (sessionName?.(row.sessionId) ?? row.sessionId)),
  ];
}

export async function exportCsv(rows: readonly RecordRow[], destination: string, options: CsvOptions = {}): Promise<ExportSummary> {
  const report = progressReporter(rows.length, options.onProgress);
  async function* records() {
    let done = 0;
    for (const row of rows) {
      yield csvCells(row, options.sessionName);
      report(++done);
    }
  }
  // csv-stringify quotes cells holding commas, quotes or the record delimiter (CRLF), but not a
  // lone CR or LF, which Excel and LibreOffice still take as the end of a row: a typed
  // `1\n=cmd|...` would start a new row with a formula. Every cell holding either is quoted.
  // null becomes an empty cell.
  const stringifier = stringify({ bom: true, header: true, columns: [...csvColumns], record_delimiter: 'windows', quoted_match: /[\r\n]/ });
  const bytes = await writeExportFile(destination, records(), { signal: options.signal, transform: stringifier });
  return { items: rows.length, written: rows.length, bytes };
}

function round(percent: number): number {
  return Math.round(percent * 10) / 10;
}

/** `2025-03-01T09:14:30.000Z` → `2025-03-01 09:14:30`. */
export function spreadsheetTime(isoUtc: string): string {
  return `${isoUtc.slice(0, 10)} ${isoUtc.slice(11, 19)}`;
}

/** 3723000 → `1:02:03`; hours are not wrapped at 24. */
export function clockDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}
