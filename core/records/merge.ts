import { isDeepStrictEqual } from 'node:util';
import type { AttemptRecord, LearnerProfile } from '../progress/schema';

/**
 * The merge rules for importing records (docs/records.md, "Merging"). Pure: the imported-records
 * store reads and writes the files around it. Attempts are matched by their id, which the
 * progress store generates once and never changes, so the same attempt seen twice is recognised
 * whatever route it came by. Nothing is ever removed.
 */

export interface ImportReport {
  learnersAdded: number;
  attemptsAdded: number;
  /** Known attempts replaced by a later version (a learner went on after the previous import). */
  attemptsUpdated: number;
  /** Attempts already held as they are in the file, or in a later version. */
  duplicatesSkipped: number;
  /** Same attempt, same `updatedAt`, different content: no way to tell which is newer, so the one already held is kept. */
  conflictsKept: number;
}

export type AttemptDecision = 'add' | 'update' | 'duplicate' | 'conflict';

export function decide(held: AttemptRecord | undefined, incoming: AttemptRecord): AttemptDecision {
  if (!held) return 'add';
  if (isDeepStrictEqual(held, incoming)) return 'duplicate';
  const heldAt = Date.parse(held.updatedAt);
  const incomingAt = Date.parse(incoming.updatedAt);
  if (incomingAt > heldAt) return 'update';
  // An older copy (a file imported again after a newer one) is a duplicate, not a conflict: the order of imports is not the trainer's mistake.
  return incomingAt < heldAt ? 'duplicate' : 'conflict';
}

export interface MergeState {
  learners: LearnerProfile[];
  attempts: AttemptRecord[];
}

export interface MergeResult extends MergeState {
  report: ImportReport;
  changed: boolean;
}

/**
 * Merges incoming learners and attempts into what is held. Known learners keep their profile
 * unless `refreshProfiles` (the file is newer than the last one imported from its machine), so a
 * rename on the source machine arrives without an older file undoing it.
 */
export function mergeRecords(held: MergeState, incoming: MergeState, options: { refreshProfiles: boolean }): MergeResult {
  const report: ImportReport = { learnersAdded: 0, attemptsAdded: 0, attemptsUpdated: 0, duplicatesSkipped: 0, conflictsKept: 0 };
  let changed = false;
  const learners = held.learners.slice();
  const learnerAt = new Map(learners.map((learner, index) => [learner.id, index]));
  for (const profile of incoming.learners) {
    const index = learnerAt.get(profile.id);
    if (index === undefined) {
      learnerAt.set(profile.id, learners.push(profile) - 1);
      report.learnersAdded++;
      changed = true;
    } else if (options.refreshProfiles && !isDeepStrictEqual(learners[index], profile)) {
      learners[index] = profile;
      changed = true;
    }
  }
  const attempts = held.attempts.slice();
  const attemptAt = new Map(attempts.map((attempt, index) => [attempt.id, index]));
  for (const attempt of incoming.attempts) {
    const index = attemptAt.get(attempt.id);
    const decision = decide(index === undefined ? undefined : attempts[index], attempt);
    if (decision === 'add') {
      attemptAt.set(attempt.id, attempts.push(attempt) - 1);
      report.attemptsAdded++;
      changed = true;
    } else if (decision === 'update') {
      attempts[index as number] = attempt;
      report.attemptsUpdated++;
      changed = true;
    } else if (decision === 'duplicate') {
      report.duplicatesSkipped++;
    } else {
      report.conflictsKept++;
    }
  }
  return { learners, attempts, report, changed };
}
