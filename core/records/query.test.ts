import { describe, expect, it } from 'vitest';
import { queryRecords, type RecordFilters, type RecordQuery } from './query';
import { recordRow } from './testing/rows';
import type { RecordRow } from './types';

const rows: RecordRow[] = [
  recordRow({
    learnerId: 'l-ana',
    learnerName: 'Ana Lima',
    staffId: 'S-0042',
    status: 'passed',
    scorePercent: 80,
    completedAt: '2025-03-01T09:10:00.000Z',
    sessionIds: ['mon'],
    sessionId: 'mon',
    timeSpentMs: 500,
  }),
  recordRow({
    learnerId: 'l-bo',
    learnerName: 'bo',
    staffId: null,
    status: 'failed',
    scorePercent: 40,
    completedAt: '2025-03-05T09:10:00.000Z',
    sessionIds: ['mon', 'tue'],
    sessionId: 'tue',
    timeSpentMs: 900,
  }),
  recordRow({
    learnerId: 'l-chen',
    learnerName: 'Chen',
    staffId: 'S-0100',
    moduleId: 'spill',
    moduleTitle: 'Spills',
    status: 'in-progress',
    scorePercent: null,
    completedAt: null,
    sessionIds: [],
    sessionId: null,
    firstStartedAt: '2025-02-01T09:00:00.000Z',
    timeSpentMs: 100,
  }),
  recordRow({
    learnerId: 'l-eve',
    learnerName: 'Élodie',
    staffId: 'S-0007',
    courseId: 'hr',
    courseTitle: 'HR Basics',
    status: 'completed',
    scorePercent: null,
    completedAt: '2025-03-10T00:00:00.000Z',
    sessionIds: ['tue'],
    sessionId: 'tue',
    timeSpentMs: 300,
  }),
  recordRow({
    learnerId: 'l-ana',
    learnerName: 'Ana Lima',
    staffId: 'S-0042',
    moduleId: 'spill',
    moduleTitle: 'Spills',
    status: 'passed',
    scorePercent: 100,
    completedAt: '2025-03-02T09:10:00.000Z',
    sessionIds: [],
    sessionId: null,
    timeSpentMs: 700,
  }),
];

const names = (query: RecordQuery) => queryRecords(rows, query).rows.map((row) => `${row.learnerName}/${row.moduleId}`);

describe('filters', () => {
  it.each<[string, RecordFilters, string[]]>([
    ['none', {}, ['Ana Lima/fire', 'bo/fire', 'Chen/spill', 'Élodie/fire', 'Ana Lima/spill']],
    ['course', { courseId: 'hr' }, ['Élodie/fire']],
    ['module', { moduleId: 'spill' }, ['Chen/spill', 'Ana Lima/spill']],
    ['learner', { learnerId: 'l-ana' }, ['Ana Lima/fire', 'Ana Lima/spill']],
    ['session (any attempt in it)', { sessionId: 'mon' }, ['Ana Lima/fire', 'bo/fire']],
    ['statuses', { statuses: ['failed', 'in-progress'] }, ['bo/fire', 'Chen/spill']],
    ['an empty status list means any', { statuses: [] }, ['Ana Lima/fire', 'bo/fire', 'Chen/spill', 'Élodie/fire', 'Ana Lima/spill']],
    ['completed from (inclusive)', { from: '2025-03-02T09:10:00.000Z' }, ['bo/fire', 'Élodie/fire', 'Ana Lima/spill']],
    ['completed before (exclusive)', { to: '2025-03-02T09:10:00.000Z' }, ['Ana Lima/fire']],
    ['a range with an offset', { from: '2025-03-05T00:00:00+01:00', to: '2025-03-10T01:00:00+01:00' }, ['bo/fire']],
    ['started from', { dateField: 'firstStartedAt', to: '2025-03-01T00:00:00.000Z' }, ['Chen/spill']],
    ['search by name, any case', { search: 'ANA' }, ['Ana Lima/fire', 'Ana Lima/spill']],
    ['search by staff id', { search: 's-0007' }, ['Élodie/fire']],
    ['combined', { courseId: 'safety', statuses: ['passed'], moduleId: 'fire' }, ['Ana Lima/fire']],
  ])('%s', (_label, filters, expected) => {
    expect(names({ filters })).toEqual(expected);
  });
});

describe('sorting', () => {
  it.each<[string, RecordQuery['sort'], string[]]>([
    [
      'name, ignoring case and accents',
      { key: 'learnerName', direction: 'asc' },
      ['Ana Lima/fire', 'Ana Lima/spill', 'bo/fire', 'Chen/spill', 'Élodie/fire'],
    ],
    [
      'name descending',
      { key: 'learnerName', direction: 'desc' },
      ['Élodie/fire', 'Chen/spill', 'bo/fire', 'Ana Lima/fire', 'Ana Lima/spill'],
    ],
    [
      'score ascending, no score last',
      { key: 'scorePercent', direction: 'asc' },
      ['bo/fire', 'Ana Lima/fire', 'Ana Lima/spill', 'Chen/spill', 'Élodie/fire'],
    ],
    [
      'score descending, no score still last',
      { key: 'scorePercent', direction: 'desc' },
      ['Ana Lima/spill', 'Ana Lima/fire', 'bo/fire', 'Chen/spill', 'Élodie/fire'],
    ],
    [
      'status by progress',
      { key: 'status', direction: 'desc' },
      ['Ana Lima/fire', 'Ana Lima/spill', 'Élodie/fire', 'bo/fire', 'Chen/spill'],
    ],
    [
      'completed at, none last',
      { key: 'completedAt', direction: 'desc' },
      ['Élodie/fire', 'bo/fire', 'Ana Lima/spill', 'Ana Lima/fire', 'Chen/spill'],
    ],
    ['time spent', { key: 'timeSpentMs', direction: 'asc' }, ['Chen/spill', 'Élodie/fire', 'Ana Lima/fire', 'Ana Lima/spill', 'bo/fire']],
    [
      'staff id, none last',
      { key: 'staffId', direction: 'asc' },
      ['Élodie/fire', 'Ana Lima/fire', 'Ana Lima/spill', 'Chen/spill', 'bo/fire'],
    ],
  ])('%s', (_label, sort, expected) => {
    expect(names({ sort })).toEqual(expected);
  });
});

describe('paging', () => {
  it.each<[number, number | undefined, number[]]>([
    [0, 2, [0, 1]],
    [2, 2, [2, 3]],
    [4, 10, [4]],
    [9, 10, []],
    [1, undefined, [1, 2, 3, 4]],
  ])('offset %d, limit %s', (offset, limit, expected) => {
    const page = queryRecords(rows, { offset, ...(limit !== undefined && { limit }) });
    expect(page.total).toBe(5);
    expect(page.rows).toEqual(expected.map((index) => rows[index]));
  });
});

describe('invalid queries', () => {
  it.each([
    ['an unknown sort key', { sort: { key: 'password', direction: 'asc' } }],
    ['a date that is not a date', { filters: { from: 'last tuesday' } }],
    ['an unknown status', { filters: { statuses: ['done'] } }],
    ['a negative offset', { offset: -1 }],
  ])('refuses %s', (_label, query) => {
    expect(() => queryRecords(rows, query as RecordQuery)).toThrow(
      expect.objectContaining({ code: 'invalid-argument', message: expect.stringContaining('records query is not valid') }),
    );
  });
});
