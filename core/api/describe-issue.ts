import type { z } from 'zod';

/**
 * Turns a zod failure into one sentence a person can read, e.g.
 * `courseId: expected a string, got a number`. Programs get the code; people get this.
 */
export function describeValidationError(error: z.ZodError): string {
  const sentences = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return sentences.join('; ') + more;
}
