import type { RecordQuery, RecordStatus } from '../../../../core/api/records-types';

export type DateField = 'completedAt' | 'firstStartedAt' | 'lastActivityAt';

/** The filter form's values as typed: empty strings mean "any". */
export interface FilterValues {
  courseId: string;
  moduleId: string;
  learnerId: string;
  sessionId: string;
  statuses: RecordStatus[];
  search: string;
  /** Calendar days (YYYY-MM-DD) from the date inputs, both inclusive. */
  from: string;
  to: string;
  dateField: DateField;
}

export const noFilters: FilterValues = {
  courseId: '',
  moduleId: '',
  learnerId: '',
  sessionId: '',
  statuses: [],
  search: '',
  from: '',
  to: '',
  dateField: 'completedAt',
};

/**
 * The query's filters. Days are read in the machine's time zone, the way the trainer means them:
 * "to 14 March" includes all of 14 March, so it becomes the next local midnight (the query's `to`
 * is exclusive).
 */
export function toQueryFilters(values: FilterValues): NonNullable<RecordQuery['filters']> {
  const search = values.search.trim();
  return {
    ...(values.courseId && { courseId: values.courseId }),
    ...(values.courseId && values.moduleId && { moduleId: values.moduleId }),
    ...(values.learnerId && { learnerId: values.learnerId }),
    ...(values.sessionId && { sessionId: values.sessionId }),
    ...(values.statuses.length > 0 && { statuses: values.statuses }),
    ...(search && { search }),
    ...(values.from && { from: localMidnight(values.from, 0) }),
    ...(values.to && { to: localMidnight(values.to, 1) }),
    ...((values.from || values.to) && { dateField: values.dateField }),
  };
}

function localMidnight(day: string, addDays: number): string | undefined {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return undefined;
  return new Date(year, month - 1, date + addDays).toISOString();
}

export function isFiltered(values: FilterValues): boolean {
  return Object.keys(toQueryFilters(values)).length > 0;
}
