import { z } from 'zod';

/** Building blocks of the API's argument schemas. Messages read after the field name ("courseId: …"). */
export const ref = z.string().min(1, 'must not be empty').max(200, 'is too long');
export const learnerId = z.string().min(1, 'must not be empty').max(100, 'is too long');
export const trainerToken = z.string().max(200, 'is too long');
/** Files sent as base64 inside the JSON body; 48 MB of base64 is a 36 MB file. */
export const base64File = z.string().max(48 * 1024 * 1024, 'is too large to send').regex(/^[A-Za-z0-9+/=\s]*$/, 'is not base64 data');
export const fileName = z.string().min(1, 'must not be empty').max(255, 'is too long');
/** A module file of a course, as listed in its course file, e.g. `modules/01-intro.md`. */
export const moduleFile = z.string().min(1, 'must not be empty').max(300, 'is too long');
export const moduleText = z.string().max(2_000_000, 'is longer than a module may be (2 MB)');

export const empty = z.object({}).strict();

/** A trainer method's argument: its own fields plus the token of an unlocked trainer. */
export function trainerInput<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.object({ trainerToken, ...shape }).strict();
}
