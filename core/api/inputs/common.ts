import { z } from 'zod';
import { base64Length, formatCount, formatMegabytes, isPlainText, limits, notPlainTextMessage } from '../limits';

/** Building blocks of the API's argument schemas. Messages read after the field name ("courseId: …"). */
export const ref = z.string().min(1, 'must not be empty').max(200, 'is too long');
export const learnerId = z.string().min(1, 'must not be empty').max(100, 'is too long');
export const trainerToken = z.string().max(200, 'is too long');

/**
 * A file sent as base64 inside the JSON body, of at most `maxBytes` bytes once decoded. The body
 * limit of the methods that carry one is this plus room for the other fields (limits.ts).
 */
export function base64File(maxBytes: number) {
  return z
    .string()
    .max(base64Length(maxBytes), `is larger than ${formatMegabytes(maxBytes)}, the most Course Studio accepts`)
    .regex(/^[A-Za-z0-9+/=\s]*$/, 'is not base64 data');
}

/**
 * Text a person typed on one line and others read: a name, a title. No control characters or
 * broken characters (see isPlainText). The API refuses text far beyond `maxChars` (twice it, as
 * the domain trims spaces first); the domain then checks `maxChars` with its own sentence.
 */
export function typedLine(maxChars: number) {
  return z
    .string()
    .max(2 * maxChars, `has more than ${maxChars} characters`)
    .refine(isPlainText, notPlainTextMessage);
}

export const fileName = z
  .string()
  .min(1, 'must not be empty')
  .max(limits.text.fileName, 'is too long')
  .refine(isPlainText, notPlainTextMessage);
/** A module file of a course, as listed in its course file, e.g. `modules/01-intro.md`. */
export const moduleFile = z.string().min(1, 'must not be empty').max(300, 'is too long');
export const moduleText = z
  .string()
  .max(limits.text.module, `is longer than a module may be (${formatCount(limits.text.module)} characters)`);

export const empty = z.object({}).strict();

/** A trainer method's argument: its own fields plus the token of an unlocked trainer. */
export function trainerInput<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.object({ trainerToken, ...shape }).strict();
}
