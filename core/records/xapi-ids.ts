import { v5 as uuidV5Of } from 'uuid';

/**
 * Deterministic identifiers for xAPI. An LRS keeps the first statement it receives with a given
 * id and ignores (or refuses) a repeat, so deriving each statement id from what it describes
 * makes re-exporting the same attempts safe: nothing is counted twice.
 */

/** Course Studio's own UUID namespace (a random v4, fixed forever: changing it would change every id ever exported). */
export const COURSE_STUDIO_NAMESPACE = '5b0d7c1e-3f7a-4d0b-9c61-2a8e4f6d9b13';

/** RFC 9562 UUID version 5 of a name in Course Studio's namespace (or another one). */
export function uuidV5(name: string, namespace: string = COURSE_STUDIO_NAMESPACE): string {
  return uuidV5Of(name, namespace);
}

/** The id of the statement saying `verb` about an attempt (and, for `answered`, one question in it). */
export function statementId(attemptId: string, verb: string, quizId?: string): string {
  return uuidV5(quizId === undefined ? `statement|${attemptId}|${verb}` : `statement|${attemptId}|${verb}|${quizId}`);
}

/** xAPI registrations are UUIDs; a session id is free text, so it is hashed into one. The same session always gives the same registration. */
export function registrationOf(sessionId: string): string {
  return uuidV5(`session|${sessionId}`);
}

/** Milliseconds as an ISO 8601 duration (PT1H2M3S). xAPI keeps only hundredths of a second, so that is the precision. */
export function isoDuration(ms: number): string {
  const centis = Math.round(ms / 10);
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6_000);
  const seconds = (centis % 6_000) / 100;
  const parts = `${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${seconds > 0 || (hours === 0 && minutes === 0) ? `${seconds}S` : ''}`;
  return `PT${parts}`;
}
