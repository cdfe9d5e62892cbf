import type { z } from 'zod';
import { formatCount } from './limits';

/** At most this many issues, and this many unknown keys, are named; the rest are counted. */
const NAMED = 3;
/** Field paths, names and zod's own sentences come from outside: each is cut to a readable length. */
const PATH_CHARS = 100;
const KEY_CHARS = 40;
const SENTENCE_CHARS = 200;

/**
 * Turns a zod failure into one sentence a person can read, e.g.
 * `courseId: expected a string, got a number`. Programs get the code; people get this. It stays
 * short however wrong the argument is: 300,000 unknown keys are one issue whose own message lists
 * them all, so that message is never used.
 */
export function describeValidationError(error: z.ZodError): string {
  const sentences = error.issues.slice(0, NAMED).map((issue) => {
    const where = issue.path.length > 0 ? `${clip(issue.path.map(String).join('.'), PATH_CHARS)}: ` : '';
    return `${where}${issue.code === 'unrecognized_keys' ? describeUnrecognizedKeys(issue.keys) : clip(issue.message, SENTENCE_CHARS)}`;
  });
  const more = error.issues.length > NAMED ? ` (and ${formatCount(error.issues.length - NAMED)} more)` : '';
  return sentences.join('; ') + more;
}

/** `Unrecognized keys: "a", "b", "c" and 299,997 more`, each key cut short and its control characters escaped. */
export function describeUnrecognizedKeys(keys: readonly string[]): string {
  const named = keys
    .slice(0, NAMED)
    .map((key) => JSON.stringify(clip(key, KEY_CHARS)))
    .join(', ');
  const more = keys.length > NAMED ? ` and ${formatCount(keys.length - NAMED)} more` : '';
  return `Unrecognized key${keys.length === 1 ? '' : 's'}: ${named}${more}`;
}

function clip(text: string, chars: number): string {
  if (text.length <= chars) return text;
  // Never end on the first half of a surrogate pair.
  const cut = /[\uD800-\uDBFF]$/.test(text.slice(0, chars - 1)) ? chars - 2 : chars - 1;
  return `${text.slice(0, cut)}…`;
}
