import { createHash } from 'node:crypto';

/**
 * A short id printed on the certificate so a trainer can match a paper copy to the record. It is
 * derived, not stored: the same learner, course and completion day always give the same id, so a
 * certificate printed again, or on another machine, carries the same one. The day is the UTC
 * calendar day of the completion, so the id does not depend on the machine's time zone.
 */
export function certificateId(learnerId: string, courseId: string, completedAt: string): string {
  const day = new Date(completedAt).toISOString().slice(0, 10);
  // JSON keeps the parts apart: ('ab', 'c') and ('a', 'bc') must not hash alike.
  const digest = createHash('sha256')
    .update(JSON.stringify([learnerId, courseId, day]))
    .digest('hex');
  return digest.slice(0, 16).toUpperCase().match(/.{4}/g)?.join('-') ?? digest;
}
