import { describe, expect, it } from 'vitest';
import type { AttemptStatus } from '../progress/schema';
import {
  courseCompletion,
  type CompletionAttempt,
  type CompletionRule,
  type CourseCompletion,
  type CourseModuleInfo,
} from './course-completion';

/** 'intro' is a reading module; 'fire' and 'spill' have scored questions. */
const MODULES: CourseModuleInfo[] = [
  { id: 'intro', graded: false },
  { id: 'fire', graded: true },
  { id: 'spill', graded: true },
];

function at(moduleId: string, status: AttemptStatus, percent: number | null, day: number): CompletionAttempt {
  const finished = status === 'passed' || status === 'failed' || status === 'completed';
  return {
    moduleId,
    status,
    result: finished ? { score: percent ?? 0, maxScore: percent === null ? 0 : 100, percent, passMark: 70 } : null,
    completedAt: status === 'in-progress' ? null : `2025-03-${String(day).padStart(2, '0')}T10:00:00.000Z`,
  };
}

const day = (n: number) => `2025-03-${String(n).padStart(2, '0')}T10:00:00.000Z`;
const all: CompletionRule = 'all-modules-completed';
const graded: CompletionRule = 'all-graded-modules-passed';

describe('courseCompletion', () => {
  it.each<[string, CompletionAttempt[], CompletionRule, CourseCompletion]>([
    ['nothing done', [], all, { completed: false, completedAt: null, scorePercent: null }],
    [
      'every module done',
      [at('intro', 'completed', null, 1), at('fire', 'passed', 80, 2), at('spill', 'passed', 91, 3)],
      all,
      { completed: true, completedAt: day(3), scorePercent: 86 },
    ],
    [
      'the reading module missing',
      [at('fire', 'passed', 80, 2), at('spill', 'passed', 90, 3)],
      all,
      { completed: false, completedAt: null, scorePercent: 85 },
    ],
    [
      'the reading module missing, graded rule',
      [at('fire', 'passed', 80, 2), at('spill', 'passed', 90, 3)],
      graded,
      { completed: true, completedAt: day(3), scorePercent: 85 },
    ],
    [
      'a failed module',
      [at('intro', 'completed', null, 1), at('fire', 'passed', 80, 2), at('spill', 'failed', 40, 3)],
      graded,
      { completed: false, completedAt: null, scorePercent: 60 },
    ],
    [
      'a failed module, passed on retake: the best score counts, the date is the pass',
      [at('fire', 'passed', 80, 2), at('spill', 'failed', 40, 3), at('spill', 'passed', 100, 5)],
      graded,
      { completed: true, completedAt: day(5), scorePercent: 90 },
    ],
    [
      'a later, better retake changes the score but not the date',
      [at('fire', 'passed', 70, 2), at('spill', 'passed', 70, 3), at('fire', 'passed', 100, 9)],
      graded,
      { completed: true, completedAt: day(3), scorePercent: 85 },
    ],
    [
      'a later, worse retake changes nothing',
      [at('fire', 'passed', 90, 2), at('spill', 'passed', 80, 3), at('spill', 'failed', 10, 9)],
      graded,
      { completed: true, completedAt: day(3), scorePercent: 85 },
    ],
    [
      'an attempt in progress does not count',
      [at('fire', 'passed', 80, 2), at('spill', 'in-progress', null, 3)],
      graded,
      { completed: false, completedAt: null, scorePercent: null },
    ],
    [
      'a superseded attempt does not count',
      [at('fire', 'passed', 80, 2), at('spill', 'superseded', null, 3)],
      graded,
      { completed: false, completedAt: null, scorePercent: null },
    ],
    [
      'attempts at other modules are ignored',
      [at('fire', 'passed', 80, 2), at('spill', 'passed', 90, 3), at('bonus', 'passed', 0, 8)],
      graded,
      { completed: true, completedAt: day(3), scorePercent: 85 },
    ],
    [
      'rounding: 66.67 and 100 average 83.335',
      [at('fire', 'passed', 66.67, 2), at('spill', 'passed', 100, 3)],
      graded,
      { completed: true, completedAt: day(3), scorePercent: 83 },
    ],
    [
      'rounding: half goes up',
      [at('fire', 'passed', 70, 2), at('spill', 'passed', 71, 3)],
      graded,
      { completed: true, completedAt: day(3), scorePercent: 71 },
    ],
  ])('%s', (_label, attempts, rule, expected) => {
    expect(courseCompletion(attempts, MODULES, rule)).toEqual(expected);
  });

  it.each<[string, CourseModuleInfo[], CompletionAttempt[], CompletionRule, CourseCompletion]>([
    ['a course without modules is never completed', [], [], graded, { completed: false, completedAt: null, scorePercent: null }],
    [
      'a course without graded modules needs every module under the graded rule, and has no score',
      [
        { id: 'intro', graded: false },
        { id: 'outro', graded: false },
      ],
      [at('intro', 'completed', null, 1)],
      graded,
      { completed: false, completedAt: null, scorePercent: null },
    ],
    [
      'and completes when every module is done',
      [
        { id: 'intro', graded: false },
        { id: 'outro', graded: false },
      ],
      [at('intro', 'completed', null, 1), at('outro', 'completed', null, 4)],
      graded,
      { completed: true, completedAt: day(4), scorePercent: null },
    ],
  ])('%s', (_label, modules, attempts, rule, expected) => {
    expect(courseCompletion(attempts, modules, rule)).toEqual(expected);
  });

  it('compares times across offsets as instants', () => {
    const attempts = [
      { ...at('fire', 'passed', 80, 2), completedAt: '2025-03-02T23:30:00.000+02:00' }, // 21:30Z
      { ...at('spill', 'passed', 80, 2), completedAt: '2025-03-02T22:00:00.000Z' },
    ];
    expect(courseCompletion(attempts, MODULES, graded).completedAt).toBe('2025-03-02T22:00:00.000Z');
  });
});
