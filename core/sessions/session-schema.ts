import * as z from 'zod';
import { learnerIdSchema } from '../progress/schema';

/**
 * The on-disk shape of `<dataDir>/sessions/sessions.json`: every classroom session on this machine
 * and which one, if any, is running. Validated on load, so a hand edit that breaks the shape is
 * treated as damage instead of reaching the dashboard.
 */

export const sessionStatuses = ['planned', 'running', 'ended'] as const;

const timestamp = z.iso.datetime({ offset: true });
export const ref = z.string().min(1).max(200);

export const sessionSchema = z.strictObject({
  id: z.uuid(),
  name: z.string().min(1).max(100),
  /** The day the class is held, YYYY-MM-DD, as the trainer planned it (not a moment in time). */
  date: z.iso.date(),
  facilitator: z.string().min(1).max(100),
  /** May be empty: a machine that never moves has nothing useful to put here. */
  location: z.string().max(100),
  courseId: ref,
  moduleIds: z.array(ref).min(1).max(200),
  createdAt: timestamp,
  status: z.enum(sessionStatuses),
  startedAt: timestamp.nullable(),
  endedAt: timestamp.nullable(),
  /** In the order they joined; each at most once. */
  learnerIds: z.array(learnerIdSchema),
});

export const sessionsDocSchema = z.strictObject({
  schemaVersion: z.literal(1),
  /** The running session: while set, the machine is in classroom mode, across restarts. */
  activeSessionId: z.uuid().nullable(),
  sessions: z.array(sessionSchema),
});

export type SessionStatus = (typeof sessionStatuses)[number];
export type Session = z.output<typeof sessionSchema>;
export type SessionsDoc = z.output<typeof sessionsDocSchema>;

export const EMPTY_SESSIONS: SessionsDoc = { schemaVersion: 1, activeSessionId: null, sessions: [] };
