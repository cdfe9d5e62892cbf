import { describe, expect, it } from 'vitest';
import type { CourseModel, ModuleModel } from '../course';
import type { AttemptRecord } from '../progress';
import { courseHome } from './course-home';

const moduleModel = (id: string, hash = `hash-${id}`): ModuleModel => ({
  id,
  file: `modules/${id}.md`,
  title: id,
  summary: '',
  minutes: 5,
  objectives: [],
  passMark: 80,
  attempts: 3,
  shuffle: false,
  contentHash: hash,
  pages: [
    { title: 'One', line: 1, blocks: [] },
    { title: 'Two', line: 1, blocks: [] },
    { title: 'Three', line: 1, blocks: [] },
    { title: 'Four', line: 1, blocks: [] },
  ],
  quizzes: [],
  pools: [],
});

const course = (completion: CourseModel['completion'], modules = [moduleModel('a'), moduleModel('b')]): CourseModel => ({
  id: 'c',
  title: 'Course',
  description: '',
  author: '',
  version: '1',
  language: 'en',
  completion,
  assetBaseUrl: '/course-assets/c/',
  modules,
});

let counter = 0;
function attempt(moduleId: string, status: AttemptRecord['status'], extra: Partial<AttemptRecord> = {}): AttemptRecord {
  counter++;
  const finished = status === 'passed' || status === 'failed' || status === 'completed';
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    learnerId: '00000000-0000-4000-8000-000000000000',
    courseId: 'c',
    courseVersion: '1',
    moduleId,
    moduleHash: `hash-${moduleId}`,
    attempt: counter,
    startedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    completedAt: finished ? '2026-01-01T00:10:00.000Z' : null,
    durationMs: 0,
    status,
    pageIndex: 1,
    answers: {},
    scenarioPaths: {},
    drawn: {},
    result: finished ? { score: 0, maxScore: 10, percent: status === 'passed' ? 90 : 40, passMark: 80 } : null,
    ...extra,
  };
}

describe('courseHome', () => {
  it.each([
    ['no attempts', [], 'not-started', 0, null],
    ['an attempt on page 2 of 4', [attempt('a', 'in-progress')], 'in-progress', 50, null],
    ['a failed attempt', [attempt('a', 'failed')], 'failed', 100, 40],
    ['failed then passed', [attempt('a', 'failed'), attempt('a', 'passed')], 'passed', 100, 90],
    ['passed then retaking', [attempt('a', 'passed'), attempt('a', 'in-progress')], 'in-progress', 50, 90],
    ['only a superseded attempt', [attempt('a', 'superseded')], 'not-started', 0, null],
  ])('%s → %s', (_case, attempts, status, percentSeen, scorePercent) => {
    const [summary] = courseHome(course('all-graded-modules-passed'), attempts, []).modules;
    expect(summary).toMatchObject({ id: 'a', status, percentSeen, scorePercent });
  });

  it('marks a result earned on an earlier version of the module', () => {
    const [summary] = courseHome(course('all-graded-modules-passed'), [attempt('a', 'passed', { moduleHash: 'old' })], []).modules;
    expect(summary?.earlierVersion).toBe(true);
  });

  it.each([
    ['all-graded-modules-passed', ['passed', 'passed'], true],
    ['all-graded-modules-passed', ['passed', 'failed'], false],
    ['all-modules-completed', ['passed', 'failed'], true],
    ['all-modules-completed', ['passed', 'in-progress'], false],
  ] as const)('%s with %j → complete %s', (rule, statuses, complete) => {
    const attempts = statuses.map((status, i) => attempt(i === 0 ? 'a' : 'b', status));
    expect(courseHome(course(rule), attempts, []).courseComplete).toBe(complete);
  });
});
