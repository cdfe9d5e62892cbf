import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../progress/schema';
import { buildRecordRows } from './build-rows';
import { attempt, learner, local, titles } from './testing/fixtures';
import type { RecordRow, RecordSource } from './types';

const ana = learner({ name: 'Ana Lima', staffId: 'S-0042' });
const finished = (
  n: number,
  status: AttemptRecord['status'],
  percent: number | null,
  completedAt: string,
  extra: Partial<AttemptRecord> = {},
) =>
  attempt({
    learnerId: ana.id,
    attempt: n,
    status,
    startedAt: `2025-03-0${n}T09:00:00.000Z`,
    updatedAt: completedAt,
    completedAt,
    result: { score: percent ?? 0, maxScore: percent === null ? 0 : 100, percent, passMark: 70 },
    ...extra,
  });
const open = (n: number, extra: Partial<AttemptRecord> = {}) =>
  attempt({
    learnerId: ana.id,
    attempt: n,
    status: 'in-progress',
    startedAt: `2025-03-0${n}T09:00:00.000Z`,
    updatedAt: `2025-03-0${n}T09:05:00.000Z`,
    completedAt: null,
    result: null,
    ...extra,
  });

function onlyRow(attempts: AttemptRecord[]): RecordRow {
  const rows = buildRecordRows(local(...attempts), [ana], titles);
  expect(rows).toHaveLength(1);
  return rows[0] as RecordRow;
}

describe('buildRecordRows: one row per learner × module', () => {
  it.each<[string, AttemptRecord[], Partial<RecordRow>]>([
    [
      'a single pass',
      [finished(1, 'passed', 80, '2025-03-01T09:10:00.000Z')],
      { status: 'passed', scorePercent: 80, attempts: 1, completedAt: '2025-03-01T09:10:00.000Z' },
    ],
    [
      'a fail then a pass: passed wins',
      [finished(1, 'failed', 50, '2025-03-01T09:10:00.000Z'), finished(2, 'passed', 75, '2025-03-02T09:10:00.000Z')],
      { status: 'passed', scorePercent: 75, attempts: 2, completedAt: '2025-03-02T09:10:00.000Z' },
    ],
    [
      'a pass then a lower pass: the best score and its date',
      [finished(1, 'passed', 90, '2025-03-01T09:10:00.000Z'), finished(2, 'passed', 75, '2025-03-02T09:10:00.000Z')],
      { status: 'passed', scorePercent: 90, completedAt: '2025-03-01T09:10:00.000Z' },
    ],
    [
      'two equal passes: the first time it was reached',
      [finished(1, 'passed', 90, '2025-03-01T09:10:00.000Z'), finished(2, 'passed', 90, '2025-03-02T09:10:00.000Z')],
      { completedAt: '2025-03-01T09:10:00.000Z' },
    ],
    [
      'a fail then a retake in progress: failed beats in progress',
      [finished(1, 'failed', 40, '2025-03-01T09:10:00.000Z'), open(2)],
      { status: 'failed', scorePercent: 40, attempts: 2 },
    ],
    [
      'only in progress: no score, no completion',
      [open(1)],
      { status: 'in-progress', scorePercent: null, completedAt: null, passMark: null },
    ],
    [
      'completed (nothing graded) beats failed',
      [finished(1, 'failed', 10, '2025-03-01T09:10:00.000Z'), finished(2, 'completed', null, '2025-03-02T09:10:00.000Z')],
      { status: 'completed', scorePercent: null },
    ],
    [
      'superseded attempts are not counted',
      [finished(1, 'superseded', null, '2025-03-01T09:10:00.000Z', { result: null }), open(2)],
      { status: 'in-progress', attempts: 1, firstStartedAt: '2025-03-02T09:00:00.000Z' },
    ],
    [
      'time is summed over counted attempts',
      [finished(1, 'failed', 40, '2025-03-01T09:10:00.000Z', { durationMs: 1_000 }), open(2, { durationMs: 2_500 })],
      { timeSpentMs: 3_500 },
    ],
    [
      'offsets are normalised to UTC',
      [finished(1, 'passed', 80, '2025-03-01T11:10:00.000+02:00')],
      { completedAt: '2025-03-01T09:10:00.000Z' },
    ],
    [
      'the session is the best attempt’s; all sessions are listed',
      [
        finished(1, 'passed', 90, '2025-03-01T09:10:00.000Z', { sessionId: 'monday' }),
        finished(2, 'failed', 20, '2025-03-02T09:10:00.000Z', { sessionId: 'tuesday' }),
      ],
      { sessionId: 'monday', sessionIds: ['monday', 'tuesday'] },
    ],
    [
      'without a finished attempt, the latest attempt’s session',
      [open(1, { sessionId: 'monday' }), open(2, { sessionId: 'tuesday' })],
      { sessionId: 'tuesday' },
    ],
  ])('%s', (_label, attempts, expected) => {
    expect(onlyRow(attempts)).toMatchObject(expected);
  });

  it('names the learner, course and module, and lists attempt ids oldest first', () => {
    const second = finished(2, 'passed', 80, '2025-03-02T09:10:00.000Z');
    const first = finished(1, 'failed', 30, '2025-03-01T09:10:00.000Z');
    expect(onlyRow([second, first])).toMatchObject({
      key: `${ana.id}/safety/fire`,
      learnerName: 'Ana Lima',
      staffId: 'S-0042',
      courseTitle: 'Safety at Work',
      moduleTitle: 'Fire Evacuation',
      attemptIds: [first.id, second.id],
    });
  });

  it('falls back to ids for unknown courses and learners', () => {
    const stranger = attempt({ courseId: 'gone', moduleId: 'old' });
    const [row] = buildRecordRows(local(stranger), [], titles);
    expect(row).toMatchObject({ learnerName: stranger.learnerId, staffId: null, courseTitle: 'gone', moduleTitle: 'old' });
  });

  it('splits rows by learner and module, and takes the source of the best attempt', () => {
    const bo = learner({ name: 'Bo' });
    const laptop: RecordSource = { kind: 'imported', machineId: 'm', machineName: 'Laptop' };
    const rows = buildRecordRows(
      [
        ...local(
          finished(1, 'failed', 10, '2025-03-01T09:10:00.000Z'),
          attempt({ learnerId: bo.id }),
          attempt({ learnerId: ana.id, moduleId: 'spill' }),
        ),
        { attempt: finished(2, 'passed', 90, '2025-03-02T09:10:00.000Z'), source: laptop },
      ],
      [ana, bo],
      titles,
    );
    expect(rows.map((row) => [row.learnerName, row.moduleId, row.source.kind])).toEqual([
      ['Ana Lima', 'fire', 'imported'],
      ['Bo', 'fire', 'local'],
      ['Ana Lima', 'spill', 'local'],
    ]);
  });
});
