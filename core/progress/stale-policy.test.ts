import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from './schema';
import { attemptFreshness, decideResume } from './stale-policy';

const OLD = 'a'.repeat(64);
const NEW = 'b'.repeat(64);

function attempt(overrides: Partial<AttemptRecord>): AttemptRecord {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    learnerId: '00000000-0000-4000-8000-000000000002',
    courseId: 'c',
    courseVersion: '1',
    moduleId: 'm',
    moduleHash: OLD,
    attempt: 1,
    startedAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    completedAt: null,
    durationMs: 0,
    status: 'in-progress',
    pageIndex: 0,
    answers: {},
    scenarioPaths: {},
    drawn: {},
    result: null,
    ...overrides,
  };
}
const answered = { q1: { value: 'x', correct: true, score: 1, maxScore: 1, answeredAt: '2025-01-01T00:00:00.000Z', tries: 1 } };

describe('decideResume', () => {
  it.each<[string, AttemptRecord | undefined, string, string]>([
    ['no attempt yet', undefined, NEW, 'start'],
    ['in progress, same version', attempt({}), OLD, 'resume'],
    ['in progress, same version, with answers', attempt({ answers: answered }), OLD, 'resume'],
    ['in progress, module changed, nothing answered', attempt({ pageIndex: 3 }), NEW, 'rebase'],
    ['in progress, module changed, an answer given', attempt({ answers: answered }), NEW, 'supersede'],
    ['in progress, module changed, a scenario step taken', attempt({ scenarioPaths: { s: ['c1'] } }), NEW, 'supersede'],
    ['in progress, module changed, empty scenario path', attempt({ scenarioPaths: { s: [] } }), NEW, 'rebase'],
    ['passed, same version (a retake)', attempt({ status: 'passed' }), OLD, 'start'],
    ['failed, module changed', attempt({ status: 'failed' }), NEW, 'start'],
    ['superseded', attempt({ status: 'superseded' }), NEW, 'start'],
  ])('%s → %s', (_label, latest, hash, expected) => {
    expect(decideResume(latest, hash).kind).toBe(expected);
  });
});

describe('freshness', () => {
  it.each<[string, Partial<AttemptRecord>, string, 'current' | 'stale']>([
    ['a pass on the current version', { status: 'passed' }, OLD, 'current'],
    ['a pass on an earlier version', { status: 'passed' }, NEW, 'stale'],
    ['a fail on an earlier version', { status: 'failed' }, NEW, 'stale'],
    ['a superseded attempt', { status: 'superseded' }, NEW, 'stale'],
    ['an open attempt on a changed module', {}, NEW, 'stale'],
  ])('%s', (_label, overrides, hash, freshness) => {
    expect(attemptFreshness(attempt(overrides), hash)).toBe(freshness);
  });
});
