import { RE2JS } from 're2js';

/**
 * Short text answers: normalisation and the trainer-written patterns they may be matched against.
 * A pattern from course content (or an imported pack) runs on the learner's input in the process that
 * answers every request, so a backtracking engine would let one answer to `.*.*.*.*!` freeze the app.
 * Patterns therefore run on RE2 (re2js), whose matching time is linear in the answer's length
 * whatever the pattern; the price is RE2 syntax, which has no back-references or look-arounds.
 */

export const MAX_PATTERN_LENGTH = 200;
/** Answers longer than this are compared as text but never run through a pattern. */
export const MAX_PATTERN_INPUT = 300;

/** A compiled pattern: true when it matches the whole (normalised) answer. */
export interface AnswerPattern {
  test(answer: string): boolean;
}

export type PatternProblemCode = 'bad-regex' | 'unsupported-regex' | 'unsafe-regex';

/** Trim, collapse inner whitespace, ignore case (and Unicode composition differences). */
export function normaliseAnswer(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Why `pattern` is refused, or undefined when it can be used. */
export function patternProblem(pattern: string): { code: PatternProblemCode; reason: string } | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return { code: 'unsafe-regex', reason: `is ${pattern.length} characters long; patterns may be at most ${MAX_PATTERN_LENGTH}` };
  }
  const unsupported = unsupportedFeature(pattern);
  if (unsupported) {
    return { code: 'unsupported-regex', reason: `uses ${unsupported.what}, which Course Studio does not support: ${unsupported.instead}` };
  }
  try {
    // Without flags, so RE2's message quotes the trainer's own text (flags are written as a prefix).
    RE2JS.compile(pattern);
  } catch (error) {
    const detail = (error as Error).message.replace(/^error parsing regexp: /, '');
    const hint = /`\\u`/.test(detail) ? '; write a character by its code as \\x{e9} rather than \\u00e9' : '';
    return { code: 'bad-regex', reason: `is not a valid regular expression (${detail})${hint}` };
  }
  return undefined;
}

const compiled = new Map<string, AnswerPattern>();
// Patterns come from course files, so there are few; the bound only stops a long-running app that
// previews many drafts from growing without end. Keeping compiled patterns also keeps RE2's lazily
// built automaton, so a pattern's second answer is cheaper than its first.
const MAX_COMPILED = 500;

/** Compiles a usable pattern to match the whole normalised answer, ignoring case. */
export function compilePattern(pattern: string): AnswerPattern | undefined {
  const known = compiled.get(pattern);
  if (known) return known;
  if (patternProblem(pattern)) return undefined;
  let re2: RE2JS;
  try {
    re2 = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
  } catch {
    return undefined; // Grading must never throw; the course check reports the pattern.
  }
  const answerPattern: AnswerPattern = { test: (answer) => re2.testExact(answer) };
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(pattern, answerPattern);
  return answerPattern;
}

/**
 * The first construct RE2 cannot run, named as a trainer would look for it. RE2 would refuse these
 * too, but with "invalid escape sequence" or "invalid named capture", which sends a trainer looking
 * for a typo rather than for another way to write the pattern.
 */
function unsupportedFeature(pattern: string): { what: string; instead: string } | undefined {
  const linear = 'answers are matched by a linear-time engine (RE2 syntax)';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    const rest = pattern.slice(i);
    if (char === '\\') {
      const reference = inClass ? undefined : /^\\([1-9]\d*|k<[^>]*>)/.exec(rest)?.[0];
      if (reference) {
        return { what: `a back-reference (${reference})`, instead: `${linear}, which cannot require a later part to repeat an earlier one; list the accepted variants instead, e.g. (yes|no) or under "accept"` };
      }
      i++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      continue;
    }
    if (char === '[') {
      inClass = true;
      // A `]` right after `[` or `[^` is a literal member, not the end of the class.
      if (pattern[i + 1] === '^') i++;
      if (pattern[i + 1] === ']') i++;
      continue;
    }
    const look = /^\(\?(<?)([=!])/.exec(rest);
    if (look) {
      const kind = look[1] ? 'look-behind' : 'look-ahead';
      return { what: `a ${kind} ${look[0]}…)`, instead: `${linear}, which cannot look around the match; write the text that should match directly, or list the variants under "accept"` };
    }
  }
  return undefined;
}
