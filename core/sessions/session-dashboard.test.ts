import { describe, expect, it } from 'vitest';
import type { AttemptStatus } from '../progress/schema';
import { sessionDashboard, type DashboardAttempt } from './session-dashboard';
import type { Session } from './session-schema';

const SESSION = '5d1f0c3a-2b4e-4c6d-8e9f-0a1b2c3d4e5f';
const OTHER_SESSION = '6e2a1d4b-3c5f-4d7e-9fa0-1b2c3d4e5f60';
const ANA = '3f0c8a52-6a55-4c57-9b87-0a3d1d2f8e11';
const BO = '9b2f7c1e-0d4a-4f7e-8c11-2a6b5e3d9f00';

const session: Session = {
  id: SESSION,
  name: 'Group A',
  date: '2025-03-14',
  facilitator: 'Rosa Diaz',
  location: '',
  courseId: 'safety',
  moduleIds: ['fire', 'spill'],
  createdAt: '2025-03-14T08:00:00.000Z',
  status: 'running',
  startedAt: '2025-03-14T09:00:00.000Z',
  endedAt: null,
  learnerIds: [ANA],
};

let minute = 0;
/** An attempt by Ana at 'fire' in this session unless overridden; each one finishes a minute after the last. */
function attempt(status: AttemptStatus, percent: number | null = null, overrides: Partial<DashboardAttempt> = {}): DashboardAttempt {
  minute++;
  const finished = status !== 'in-progress';
  return {
    learnerId: ANA,
    courseId: 'safety',
    moduleId: 'fire',
    sessionId: SESSION,
    status,
    result:
      finished && status !== 'superseded' ? { score: percent ?? 0, maxScore: percent === null ? 0 : 100, percent, passMark: 70 } : null,
    completedAt: finished ? `2025-03-14T10:${String(minute).padStart(2, '0')}:00.000Z` : null,
    ...overrides,
  };
}

describe('a dashboard cell', () => {
  it.each<[string, DashboardAttempt[], { status: string; percent: number | null; attempts: number }]>([
    ['no attempts', [], { status: 'not-started', percent: null, attempts: 0 }],
    ['an attempt in progress', [attempt('in-progress')], { status: 'in-progress', percent: null, attempts: 1 }],
    ['a pass', [attempt('passed', 80)], { status: 'passed', percent: 80, attempts: 1 }],
    ['a fail', [attempt('failed', 40)], { status: 'failed', percent: 40, attempts: 1 }],
    ['a completed ungraded module', [attempt('completed')], { status: 'completed', percent: null, attempts: 1 }],
    ['a fail, then a retake in progress', [attempt('failed', 40), attempt('in-progress')], { status: 'failed', percent: 40, attempts: 2 }],
    ['a pass, then a failed retake', [attempt('passed', 75), attempt('failed', 60)], { status: 'passed', percent: 75, attempts: 2 }],
    ['two passes: the better one', [attempt('passed', 90), attempt('passed', 75)], { status: 'passed', percent: 90, attempts: 2 }],
    ['two fails: the better one', [attempt('failed', 20), attempt('failed', 55)], { status: 'failed', percent: 55, attempts: 2 }],
    ['a superseded attempt', [attempt('superseded')], { status: 'not-started', percent: null, attempts: 0 }],
    [
      'a pass in another session',
      [attempt('passed', 100, { sessionId: OTHER_SESSION })],
      { status: 'not-started', percent: null, attempts: 0 },
    ],
    [
      'a pass outside any session',
      [attempt('passed', 100, { sessionId: undefined })],
      { status: 'not-started', percent: null, attempts: 0 },
    ],
    ['a pass at another course', [attempt('passed', 100, { courseId: 'other' })], { status: 'not-started', percent: null, attempts: 0 }],
    ['a pass by another learner', [attempt('passed', 100, { learnerId: BO })], { status: 'not-started', percent: null, attempts: 0 }],
  ])('%s', (_label, attempts, expected) => {
    const [row] = sessionDashboard(session, [{ id: ANA, name: 'Ana Lima' }], attempts).rows;
    expect(row?.cells[0]).toEqual({ moduleId: 'fire', ...expected });
  });
});

describe('the dashboard', () => {
  it('has a row per joined learner, a cell per module, and each module’s completion rate', () => {
    const joined: Session = { ...session, learnerIds: [BO, ANA, 'c4d5e6f7-0000-4000-8000-000000000001'] };
    const dashboard = sessionDashboard(
      joined,
      [
        { id: ANA, name: 'Ana Lima' },
        { id: BO, name: 'Bo Chen' },
      ],
      [
        attempt('passed', 100),
        attempt('completed', null, { moduleId: 'spill' }),
        attempt('failed', 30, { learnerId: BO }),
        attempt('passed', 85, { learnerId: BO, moduleId: 'spill' }),
        attempt('passed', 85, { moduleId: 'not-assigned' }),
      ],
    );
    expect(dashboard.rows.map((row) => [row.name, ...row.cells.map((cell) => cell.status)])).toEqual([
      ['Bo Chen', 'failed', 'passed'],
      ['Ana Lima', 'passed', 'completed'],
      ['Learner c4d5e6f7', 'not-started', 'not-started'],
    ]);
    expect(dashboard.modules).toEqual([
      { moduleId: 'fire', done: 1, joined: 3, completionRate: 1 / 3 },
      { moduleId: 'spill', done: 2, joined: 3, completionRate: 2 / 3 },
    ]);
  });

  it('has no completion rate before anyone joins', () => {
    const dashboard = sessionDashboard({ ...session, learnerIds: [] }, [], [attempt('passed', 100)]);
    expect(dashboard).toEqual({
      sessionId: SESSION,
      courseId: 'safety',
      rows: [],
      modules: [
        { moduleId: 'fire', done: 0, joined: 0, completionRate: null },
        { moduleId: 'spill', done: 0, joined: 0, completionRate: null },
      ],
    });
  });
});
