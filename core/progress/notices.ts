import { basename } from 'node:path';
import * as z from 'zod';

/**
 * Things that went wrong with the files and were repaired, told in words a trainer can act on.
 * The stores never repair silently: each repair adds a notice, kept on disk (notice-board.ts) and
 * shown until a trainer dismisses it.
 */

export const noticeKinds = [
  'recovered-from-backup',
  'reset-after-corruption',
  'index-rebuilt',
  'notices-reset',
  'sessions-recovered-from-backup',
  'sessions-reset-after-corruption',
] as const;

export type NoticeKind = (typeof noticeKinds)[number];

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

export const noticeSchema = z.strictObject({
  id: z.string().min(1).max(100),
  at: z.iso.datetime({ offset: true }),
  learnerId: z.string().max(100).nullable(),
  kind: z.enum(noticeKinds),
  message: z.string().max(2_000),
  movedTo: z.string().max(4_096).nullable(),
});

export const noticesDocSchema = z.strictObject({ schemaVersion: z.literal(1), notices: z.array(noticeSchema) });
export type NoticesDoc = z.output<typeof noticesDocSchema>;

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
  const damage = movedTo
    ? `was damaged and no good copy was found; the damaged file was kept as ${basename(movedTo)}`
    : 'was missing and no copy was found';
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

export function noticesReset(movedTo: string): NoticeDraft {
  return {
    learnerId: null,
    kind: 'notices-reset',
    movedTo,
    message: `The list of repair notices was damaged, so earlier notices may be missing; it was kept as ${basename(movedTo)}. No progress was affected.`,
  };
}
