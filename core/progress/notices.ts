import { basename } from 'node:path';

/**
 * Things that went wrong with the files and were repaired, told in words a trainer can act on.
 * The store never repairs silently: each repair adds a notice the app shows until dismissed.
 */

export type NoticeKind = 'recovered-from-backup' | 'reset-after-corruption' | 'index-rebuilt';

export interface ProgressNotice {
  id: string;
  /** ISO time the problem was found. */
  at: string;
  /** null when the notice is about the learners list rather than one learner. */
  learnerId: string | null;
  kind: NoticeKind;
  message: string;
  /** Where the damaged file was kept, when there was one. */
  movedTo: string | null;
}

export type NoticeDraft = Omit<ProgressNotice, 'id' | 'at'>;

export function recoveredFromBackup(learnerId: string, name: string, movedTo: string | null): NoticeDraft {
  const damage = movedTo ? `was damaged (kept as ${basename(movedTo)})` : 'was missing';
  return {
    learnerId,
    kind: 'recovered-from-backup',
    movedTo,
    message: `${name}'s progress file ${damage}. Course Studio restored the copy saved just before the last change, so the most recent answer may need to be given again.`,
  };
}

export function resetAfterCorruption(learnerId: string, name: string, movedTo: string | null): NoticeDraft {
  const damage = movedTo ? `was damaged and no good copy was found; the damaged file was kept as ${basename(movedTo)}` : 'was missing and no copy was found';
  return {
    learnerId,
    kind: 'reset-after-corruption',
    movedTo,
    message: `${name}'s progress file ${damage}. ${name} starts with no progress recorded on this machine.`,
  };
}

export function indexRebuilt(movedTo: string | null, learnerCount: number): NoticeDraft {
  const kept = movedTo ? ` The damaged list was kept as ${basename(movedTo)}.` : '';
  return {
    learnerId: null,
    kind: 'index-rebuilt',
    movedTo,
    message: `The list of learners was damaged, so Course Studio rebuilt it from the ${learnerCount} learners' own files; no progress was lost.${kept}`,
  };
}
