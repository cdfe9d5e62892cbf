import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../progress/schema';
import { decide, mergeRecords, type AttemptDecision } from './merge';
import { attempt, learner } from './testing/fixtures';

const held = attempt({ updatedAt: '2025-03-01T09:10:00.000Z', pageIndex: 2 });
const variant = (overrides: Partial<AttemptRecord>) => ({ ...held, ...overrides });

describe('decide: same attempt id, which copy is kept', () => {
  it.each<[string, AttemptRecord | undefined, AttemptRecord, AttemptDecision]>([
    ['not held yet', undefined, held, 'add'],
    ['identical', held, structuredClone(held), 'duplicate'],
    ['identical but keys in another order', held, Object.fromEntries(Object.entries(held).reverse()) as AttemptRecord, 'duplicate'],
    ['incoming is later', held, variant({ updatedAt: '2025-03-01T09:20:00.000Z', pageIndex: 3 }), 'update'],
    ['incoming is later, written with an offset', held, variant({ updatedAt: '2025-03-01T10:11:00+01:00', pageIndex: 3 }), 'update'],
    ['incoming is older', held, variant({ updatedAt: '2025-03-01T09:00:00.000Z', pageIndex: 1 }), 'duplicate'],
    ['same updatedAt, different content', held, variant({ pageIndex: 4 }), 'conflict'],
    [
      'same instant written differently, different content',
      held,
      variant({ updatedAt: '2025-03-01T10:10:00+01:00', pageIndex: 4 }),
      'conflict',
    ],
  ])('%s → %s', (_label, existing, incoming, expected) => {
    expect(decide(existing, incoming)).toBe(expected);
  });
});

describe('mergeRecords', () => {
  const ana = learner({ name: 'Ana' });
  const first = attempt({ learnerId: ana.id });

  it('adds, updates, skips and keeps conflicts, never removing anything', () => {
    const kept = attempt({ learnerId: ana.id });
    const start = { learners: [ana], attempts: [held, kept, first] };
    const later = variant({ updatedAt: '2025-03-02T00:00:00.000Z', status: 'failed' });
    const conflicting = { ...kept, pageIndex: 9 };
    const added = attempt({ learnerId: ana.id });
    const bo = learner({ name: 'Bo' });
    const result = mergeRecords(start, { learners: [ana, bo], attempts: [later, conflicting, first, added] }, { refreshProfiles: false });
    expect(result.report).toEqual({ learnersAdded: 1, attemptsAdded: 1, attemptsUpdated: 1, duplicatesSkipped: 1, conflictsKept: 1 });
    expect(result.attempts).toEqual([later, kept, first, added]);
    expect(result.learners).toEqual([ana, bo]);
    expect(result.changed).toBe(true);
    expect(start.attempts).toEqual([held, kept, first]);
  });

  it('is idempotent: merging the result again changes nothing', () => {
    const incoming = { learners: [ana], attempts: [first, held] };
    const once = mergeRecords({ learners: [], attempts: [] }, incoming, { refreshProfiles: true });
    const twice = mergeRecords(once, incoming, { refreshProfiles: false });
    expect(twice.report).toEqual({ learnersAdded: 0, attemptsAdded: 0, attemptsUpdated: 0, duplicatesSkipped: 2, conflictsKept: 0 });
    expect(twice.changed).toBe(false);
  });

  it.each([
    [true, 'Ana Renamed'],
    [false, 'Ana'],
  ])('refreshes a known learner’s profile only from a newer file (newer: %s)', (refreshProfiles, expected) => {
    const result = mergeRecords(
      { learners: [ana], attempts: [] },
      { learners: [{ ...ana, name: 'Ana Renamed' }], attempts: [] },
      { refreshProfiles },
    );
    expect(result.learners[0]?.name).toBe(expected);
    expect(result.report.learnersAdded).toBe(0);
  });
});
