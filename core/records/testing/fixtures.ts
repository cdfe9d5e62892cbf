import type { AttemptRecord, LearnerProfile } from '../../progress/schema';
import type { RecordSource, SourcedAttempt } from '../types';

/** Test and benchmark data: attempts and learners with readable defaults, overridden per case. */

export const LOCAL: RecordSource = { kind: 'local' };

let counter = 0;

/** A UUID unique within the run, derived from a counter so failures are easy to read. */
export function testUuid(n = ++counter): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export function learner(overrides: Partial<LearnerProfile> = {}): LearnerProfile {
  return { id: testUuid(), name: 'Ana Lima', createdAt: '2025-03-01T08:00:00.000Z', ...overrides };
}

export function attempt(overrides: Partial<AttemptRecord> = {}): AttemptRecord {
  return {
    id: testUuid(),
    learnerId: testUuid(9_999),
    courseId: 'safety',
    courseVersion: '1.0.0',
    moduleId: 'fire',
    moduleHash: 'a'.repeat(64),
    attempt: 1,
    startedAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:10:00.000Z',
    completedAt: '2025-03-01T09:10:00.000Z',
    durationMs: 600_000,
    status: 'passed',
    pageIndex: 3,
    answers: {
      q1: {
        value: { type: 'single', choice: 'a' },
        correct: true,
        score: 1,
        maxScore: 1,
        answeredAt: '2025-03-01T09:05:00.000Z',
        tries: 1,
      },
      q2: {
        value: { type: 'reflection', text: 'Check the doors' },
        correct: null,
        score: 0,
        maxScore: 0,
        answeredAt: '2025-03-01T09:08:00.000Z',
        tries: 1,
      },
    },
    scenarioPaths: {},
    drawn: {},
    result: { score: 4, maxScore: 5, percent: 80, passMark: 70 },
    ...overrides,
  };
}

export function local(...attempts: AttemptRecord[]): SourcedAttempt[] {
  return attempts.map((a) => ({ attempt: a, source: LOCAL }));
}

export const titles = (courseId: string, moduleId: string) =>
  courseId === 'safety'
    ? { courseTitle: 'Safety at Work', moduleTitle: moduleId === 'fire' ? 'Fire Evacuation' : `Module ${moduleId}` }
    : undefined;
