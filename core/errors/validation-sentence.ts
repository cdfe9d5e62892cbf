import type { z } from 'zod';
import { clip, formatCount } from './sentence-parts';

/** At most this many issues, and this many unknown keys, are named; the rest are counted. */
const NAMED = 3;
/** Field paths, names and zod's own sentences come from outside: each is cut to a readable length. */
const PATH_CHARS = 100;
const KEY_CHARS = 40;
const SENTENCE_CHARS = 200;
/** A caller's own wording of one issue may quote the input too. */
const ISSUE_CHARS = 400;

export type ZodIssue = z.core.$ZodIssue;

/** How a caller words the issues for its readers; each part has a default. */
export interface IssueWording {
  /** One issue in words; by default `path: zod's message`, unknown keys listed with describeUnrecognizedKeys. */
  issue?: (issue: ZodIssue) => string;
  /** Between two issues; `; ` by default. */
  separator?: string;
  /** What the rest are counted as: ` (and 2 more problems)` for `problems`. */
  rest?: string;
}

/**
 * Turns a zod failure into one sentence a person can read, e.g.
 * `courseId: expected a string, got a number`. Programs get the code; people get this. It stays
 * short however wrong the argument is: at most NAMED issues, each cut short, the rest counted.
 * 300,000 unknown keys are one issue whose own message lists them all, so that message is never used.
 */
export function describeValidationError(error: z.ZodError, wording: IssueWording = {}): string {
  const { issues } = error;
  const sentences = issues.slice(0, NAMED).map((issue) => (wording.issue ? clip(wording.issue(issue), ISSUE_CHARS) : describeIssue(issue)));
  const more = issues.length > NAMED ? ` (and ${formatCount(issues.length - NAMED)} more${wording.rest ? ` ${wording.rest}` : ''})` : '';
  return sentences.join(wording.separator ?? '; ') + more;
}

/** `Unrecognized keys: "a", "b", "c" and 299,997 more`, each key cut short and its control characters escaped. */
export function describeUnrecognizedKeys(keys: readonly string[]): string {
  return `Unrecognized key${keys.length === 1 ? '' : 's'}: ${listKeys(keys, (key) => JSON.stringify(key))}`;
}

/** The first few keys, cut short and quoted by `quote`, the rest counted: `'a', 'b', 'c' and 4,997 more`. */
export function listKeys(keys: readonly string[], quote: (key: string) => string): string {
  const named = keys
    .slice(0, NAMED)
    .map((key) => quote(clip(key, KEY_CHARS)))
    .join(', ');
  return named + (keys.length > NAMED ? ` and ${formatCount(keys.length - NAMED)} more` : '');
}

function describeIssue(issue: ZodIssue): string {
  const where = issue.path.length > 0 ? `${clip(issue.path.map(String).join('.'), PATH_CHARS)}: ` : '';
  return `${where}${issue.code === 'unrecognized_keys' ? describeUnrecognizedKeys(issue.keys) : clip(issue.message, SENTENCE_CHARS)}`;
}
