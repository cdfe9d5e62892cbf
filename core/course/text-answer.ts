/**
 * Short text answers: normalisation and the safety rules for trainer-written regular expressions.
 * A regex from course content runs on the learner's input, so a catastrophic pattern such as
 * `(a+)+$` could freeze the app; we refuse the shapes that backtrack exponentially, cap pattern
 * and input length, and never let a bad pattern throw.
 */

export const MAX_PATTERN_LENGTH = 200;
/** Answers longer than this are compared as text but never run through a pattern. */
export const MAX_PATTERN_INPUT = 300;

/** Trim, collapse inner whitespace, ignore case (and Unicode composition differences). */
export function normaliseAnswer(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Why `pattern` is refused, or undefined when it is safe to use. */
export function patternProblem(pattern: string): { code: 'bad-regex' | 'unsafe-regex'; reason: string } | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return { code: 'unsafe-regex', reason: `is ${pattern.length} characters long; patterns may be at most ${MAX_PATTERN_LENGTH}` };
  }
  try {
    new RegExp(pattern, 'iu');
  } catch (error) {
    return { code: 'bad-regex', reason: `is not a valid regular expression (${(error as Error).message.replace(/^Invalid regular expression: /, '')})` };
  }
  if (/\\[1-9]|\\k</.test(pattern)) return { code: 'unsafe-regex', reason: 'uses a back-reference, which can make matching extremely slow' };
  const nested = nestedRepetition(pattern);
  if (nested) return { code: 'unsafe-regex', reason: `${nested}, which can make matching extremely slow; simplify it, e.g. (ab)+ instead of (a+b?)+` };
  return undefined;
}

/** Compiles a safe pattern to match the whole normalised answer. */
export function compilePattern(pattern: string): RegExp | undefined {
  if (patternProblem(pattern)) return undefined;
  return new RegExp(`^(?:${pattern})$`, 'iu');
}

/** Describes a repeated group that itself repeats or alternates — the exponential shapes. */
function nestedRepetition(pattern: string): string | undefined {
  const groups: { repeats: boolean; alternates: boolean }[] = [{ repeats: false, alternates: false }];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      continue;
    }
    const top = groups[groups.length - 1];
    if (!top) return undefined;
    if (char === '[') inClass = true;
    else if (char === '(') groups.push({ repeats: false, alternates: false });
    else if (char === '|') top.alternates = true;
    else if (char === '*' || char === '+' || (char === '{' && /^\{\d*,\d*\}|^\{\d+\}/.test(pattern.slice(i)))) top.repeats = true;
    else if (char === ')') {
      const group = groups.pop();
      const parent = groups[groups.length - 1];
      if (!group || !parent) return undefined;
      const next = pattern[i + 1];
      const repeated = next === '*' || next === '+' || next === '{';
      if (repeated && group.repeats) return 'it repeats a group that already repeats';
      if (repeated && group.alternates) return 'it repeats a group of alternatives';
      if (group.repeats) parent.repeats = true;
    }
  }
  return undefined;
}
