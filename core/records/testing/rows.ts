import type { RecordRow } from '../types';

/** A record row with readable defaults, for tests that start from rows rather than attempts. */
export function recordRow(overrides: Partial<RecordRow> = {}): RecordRow {
  const learnerId = overrides.learnerId ?? '00000000-0000-4000-8000-00000000aaaa';
  const courseId = overrides.courseId ?? 'safety';
  const moduleId = overrides.moduleId ?? 'fire';
  return {
    key: `${learnerId}/${courseId}/${moduleId}`,
    learnerId,
    learnerName: 'Ana Lima',
    staffId: 'S-0042',
    courseId,
    courseTitle: 'Safety at Work',
    courseVersion: '1.0.0',
    moduleId,
    moduleTitle: 'Fire Evacuation',
    status: 'passed',
    scorePercent: 80,
    passMark: 70,
    attempts: 1,
    firstStartedAt: '2025-03-01T09:00:00.000Z',
    completedAt: '2025-03-01T09:10:00.000Z',
    lastActivityAt: '2025-03-01T09:10:00.000Z',
    timeSpentMs: 600_000,
    sessionId: 'room-2',
    sessionIds: ['room-2'],
    source: { kind: 'local' },
    attemptIds: [],
    ...overrides,
  };
}
