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

/**
 * RE2 matches in time proportional to answer length × program size, and a short pattern can
 * compile to a large program (`((\w{1,10}){1,10}){1,10}` is 2,222 steps, ~0.5 s on a first
 * 300-character answer). Real answer patterns compile to well under 100 steps.
 */
export const MAX_PATTERN_STEPS = 300;
/**
 * Character-class ranges summed over the program: a large class such as `\p{L}` (hundreds of
 * ranges once case-folded) costs far more per step than a letter, so `[\p{L}\p{N}]{290}` passes
 * the step limit yet takes ~0.1 s on its first answer. `[\p{L}\p{N}]{25}` or `\p{L}+` fit.
 */
export const MAX_PATTERN_CLASS_RANGES = 20_000;
/** So one answer never runs more than this many patterns (combine more with `|`). */
export const MAX_PATTERNS_PER_QUESTION = 10;

type Analysis = { problem: { code: PatternProblemCode; reason: string } } | { pattern: AnswerPattern };

const analysed = new Map<string, Analysis>();
// Patterns come from course files, so there are few; the bound only stops a long-running app that
// previews many drafts from growing without end. Keeping compiled patterns also keeps RE2's lazily
// built automaton, so a pattern's second answer is cheaper than its first.
const MAX_ANALYSED = 500;

/** Why `pattern` is refused, or undefined when it can be used. */
export function patternProblem(pattern: string): { code: PatternProblemCode; reason: string } | undefined {
  const analysis = analyse(pattern);
  return 'problem' in analysis ? analysis.problem : undefined;
}

/** Compiles a usable pattern to match the whole normalised answer, ignoring case. */
export function compilePattern(pattern: string): AnswerPattern | undefined {
  const analysis = analyse(pattern);
  return 'pattern' in analysis ? analysis.pattern : undefined;
}

function analyse(pattern: string): Analysis {
  const known = analysed.get(pattern);
  if (known) return known;
  const analysis = check(pattern);
  if (analysed.size >= MAX_ANALYSED) analysed.clear();
  analysed.set(pattern, analysis);
  return analysis;
}

function check(pattern: string): Analysis {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return {
      problem: { code: 'unsafe-regex', reason: `is ${pattern.length} characters long; patterns may be at most ${MAX_PATTERN_LENGTH}` },
    };
  }
  const unsupported = unsupportedFeature(pattern);
  if (unsupported) {
    return {
      problem: {
        code: 'unsupported-regex',
        reason: `uses ${unsupported.what}, which Course Studio does not support: ${unsupported.instead}`,
      },
    };
  }
  let re2: RE2JS;
  try {
    re2 = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
  } catch {
    return { problem: syntaxProblem(pattern) };
  }
  const { steps, ranges } = programSize(re2);
  if (ranges > MAX_PATTERN_CLASS_RANGES) {
    return {
      problem: {
        code: 'unsafe-regex',
        reason: `is too complex to check answers quickly: it repeats large character classes (such as \\p{L}) too many times (${ranges} ranges to test, at most ${MAX_PATTERN_CLASS_RANGES}); use + or * rather than a count like {1,60}`,
      },
    };
  }
  if (steps > MAX_PATTERN_STEPS) {
    return {
      problem: {
        code: 'unsafe-regex',
        reason: `is too complex to check answers quickly: it compiles to ${steps} steps, and a pattern may have at most ${MAX_PATTERN_STEPS}; use smaller repeat counts (such as {1,20} rather than {1,200}) or fewer nested repeats`,
      },
    };
  }
  return { pattern: { test: (answer) => re2.testExact(answer) } };
}

/** RE2's reason, from a compile without flags so the message quotes the trainer's own text. */
function syntaxProblem(pattern: string): { code: PatternProblemCode; reason: string } {
  let detail = 'RE2 cannot compile it';
  try {
    RE2JS.compile(pattern);
  } catch (error) {
    detail = (error as Error).message.replace(/^error parsing regexp: /, '');
  }
  const hint = /`\\u`/.test(detail) ? '; write a character by its code as \\x{e9} rather than \\u00e9' : '';
  return { code: 'bad-regex', reason: `is not a valid regular expression (${detail})${hint}` };
}

/**
 * The compiled program's instructions and character-class ranges. re2js types its program as
 * `any`; should a later version move it, this answers Infinity, so every pattern is refused and
 * the tests say so, rather than letting large programs through.
 */
function programSize(re2: RE2JS): { steps: number; ranges: number } {
  const program = re2.re2Input.prog as { inst?: unknown } | undefined;
  const instructions = program?.inst;
  if (!Array.isArray(instructions)) return { steps: Number.POSITIVE_INFINITY, ranges: Number.POSITIVE_INFINITY };
  let ranges = 0;
  for (const instruction of instructions as { runes?: ArrayLike<number> | null }[])
    ranges += Math.floor((instruction.runes?.length ?? 0) / 2);
  return { steps: instructions.length, ranges };
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
        return {
          what: `a back-reference (${reference})`,
          instead: `${linear}, which cannot require a later part to repeat an earlier one; list the accepted variants instead, e.g. (yes|no) or under "accept"`,
        };
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
      return {
        what: `a ${kind} ${look[0]}…)`,
        instead: `${linear}, which cannot look around the match; write the text that should match directly, or list the variants under "accept"`,
      };
    }
  }
  return undefined;
}
