import * as z from 'zod';
import { ApiError } from '../errors';
import { utc } from './build-rows';
import { recordStatuses, type RecordRow, type RecordStatus } from './types';

/**
 * Filtering, sorting and paging of record rows for the records screen. Built for 100,000 rows:
 * text columns are sorted through a rank per distinct value (a few thousand names are collated
 * once, instead of collating strings in each of the ~1.7 million comparisons of a sort), and
 * the sort itself compares numbers only.
 */

const sortKeys = [
  'learnerName',
  'staffId',
  'courseTitle',
  'courseVersion',
  'moduleTitle',
  'status',
  'scorePercent',
  'passMark',
  'attempts',
  'firstStartedAt',
  'completedAt',
  'lastActivityAt',
  'timeSpentMs',
  'sessionId',
] as const satisfies readonly (keyof RecordRow)[];

export type RecordSortKey = (typeof sortKeys)[number];

const instant = z.iso.datetime({ offset: true, error: 'must be a date and time (ISO 8601)' });
const id = z.string().min(1).max(200);

export const recordFiltersSchema = z.strictObject({
  courseId: id.optional(),
  moduleId: id.optional(),
  learnerId: id.optional(),
  /** Rows any of whose attempts was played in this session. */
  sessionId: id.optional(),
  /** Rows whose status is one of these; empty or absent means any. */
  statuses: z.array(z.enum(recordStatuses as [RecordStatus, ...RecordStatus[]])).optional(),
  /** Case-insensitive part of the learner's name or staff id. */
  search: z.string().max(100).optional(),
  /** Date range over `dateField` (default completedAt): `from` inclusive, `to` exclusive. Rows with no such date are left out. */
  from: instant.optional(),
  to: instant.optional(),
  dateField: z.enum(['completedAt', 'firstStartedAt', 'lastActivityAt']).optional(),
});

export const recordQuerySchema = z.strictObject({
  filters: recordFiltersSchema.optional(),
  sort: z.strictObject({ key: z.enum(sortKeys), direction: z.enum(['asc', 'desc']) }).optional(),
  offset: z.number().int().nonnegative().optional(),
  /** Absent: every matching row (what exports use). */
  limit: z.number().int().nonnegative().optional(),
});

export type RecordFilters = z.output<typeof recordFiltersSchema>;
export type RecordQuery = z.output<typeof recordQuerySchema>;

export interface RecordPage {
  /** Rows matching the filters, before paging. */
  total: number;
  rows: RecordRow[];
}

/** Text columns are ordered the way a person reads them: case- and accent-aware, numbers in names in numeric order. */
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const textKeys = new Set<RecordSortKey>(['learnerName', 'staffId', 'courseTitle', 'courseVersion', 'moduleTitle', 'sessionId']);
/** Status sorts by how far the learner got, not alphabetically. */
const statusOrder: Record<RecordStatus, number> = { 'in-progress': 0, failed: 1, completed: 2, passed: 3 };

export function queryRecords(rows: readonly RecordRow[], query: RecordQuery = {}): RecordPage {
  const parsed = recordQuerySchema.safeParse(query);
  if (!parsed.success) {
    throw new ApiError('invalid-argument', `The records query is not valid: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`);
  }
  const { filters = {}, sort, offset = 0, limit } = parsed.data;
  const matching = filterRows(rows, filters);
  const ordered = sort ? sortRows(matching, sort.key, sort.direction) : matching;
  const end = limit === undefined ? ordered.length : offset + limit;
  return { total: ordered.length, rows: offset === 0 && end >= ordered.length ? ordered : ordered.slice(offset, end) };
}

export function filterRows(rows: readonly RecordRow[], filters: RecordFilters): RecordRow[] {
  const { courseId, moduleId, learnerId, sessionId } = filters;
  const statuses = filters.statuses && filters.statuses.length > 0 ? new Set(filters.statuses) : null;
  const search = filters.search?.trim().toLocaleLowerCase() || null;
  const from = filters.from ? utc(filters.from) : null;
  const to = filters.to ? utc(filters.to) : null;
  const dateField = filters.dateField ?? 'completedAt';
  const out: RecordRow[] = [];
  for (const row of rows) {
    if (courseId !== undefined && row.courseId !== courseId) continue;
    if (moduleId !== undefined && row.moduleId !== moduleId) continue;
    if (learnerId !== undefined && row.learnerId !== learnerId) continue;
    if (sessionId !== undefined && !row.sessionIds.includes(sessionId)) continue;
    if (statuses && !statuses.has(row.status)) continue;
    if (from !== null || to !== null) {
      const date = row[dateField];
      if (date === null || (from !== null && date < from) || (to !== null && date >= to)) continue;
    }
    if (search !== null && !matchesSearch(row, search)) continue;
    out.push(row);
  }
  return out;
}

function matchesSearch(row: RecordRow, search: string): boolean {
  return row.learnerName.toLocaleLowerCase().includes(search) || (row.staffId?.toLocaleLowerCase().includes(search) ?? false);
}

/** Missing values (no score, no completion) go last in either direction, so they never hide the rows being looked for. */
function sortRows(rows: RecordRow[], key: RecordSortKey, direction: 'asc' | 'desc'): RecordRow[] {
  const primary = sortValues(rows, key);
  // Ties (many rows share a status or a module) fall back to the learner's name, then to the input order (the sort is stable).
  const secondary = key === 'learnerName' ? null : sortValues(rows, 'learnerName');
  const sign = direction === 'asc' ? 1 : -1;
  const indices = Array.from(rows, (_row, index) => index);
  indices.sort((a, b) => {
    const x = primary[a] as number;
    const y = primary[b] as number;
    if (x !== y) {
      if (Number.isNaN(x)) return 1;
      if (Number.isNaN(y)) return -1;
      return (x - y) * sign;
    }
    return secondary ? (secondary[a] as number) - (secondary[b] as number) : 0;
  });
  return indices.map((index) => rows[index] as RecordRow);
}

/** One number per row to sort by; NaN where the row has no value. */
function sortValues(rows: readonly RecordRow[], key: RecordSortKey): Float64Array {
  const values = new Float64Array(rows.length);
  if (key === 'status') {
    rows.forEach((row, i) => (values[i] = statusOrder[row.status]));
    return values;
  }
  const raw = rows.map((row) => row[key]);
  if (raw.every((value) => value === null || typeof value === 'number')) {
    raw.forEach((value, i) => (values[i] = value === null ? Number.NaN : (value as number)));
    return values;
  }
  const distinct = [...new Set(raw.filter((value): value is string => typeof value === 'string'))];
  // Timestamps are UTC ISO strings: plain string order is time order.
  distinct.sort(textKeys.has(key) ? collator.compare : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rank = new Map(distinct.map((value, index) => [value, index]));
  raw.forEach((value, i) => (values[i] = typeof value === 'string' ? (rank.get(value) as number) : Number.NaN));
  return values;
}
