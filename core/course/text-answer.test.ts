import { describe, expect, it } from 'vitest';
import { compileBody } from './test-helpers';
import { compilePattern, MAX_PATTERN_INPUT, patternProblem } from './text-answer';

const longest = (unit: string, tail = '') =>
  unit.repeat(Math.ceil(MAX_PATTERN_INPUT / unit.length)).slice(0, MAX_PATTERN_INPUT - tail.length) + tail;

// [pattern, adversarial answer of the maximum length that is still run through a pattern, an answer it matches]
// Each of these takes a backtracking engine exponential or high-polynomial time on the adversarial answer.
const catastrophic: [string, string, string][] = [
  ['.*.*.*.*.*.*.*!', longest('a'), 'well done!'],
  ['(a+)+$', longest('a', '!'), 'aaaa'],
  ['(a|aa)+$', longest('a', '!'), 'aaaaa'],
  ['(.*a){20}', longest('a', '!'), 'a'.repeat(20)],
  ['([a-z]+)*$', longest('a', '!'), 'abc'],
  ['(x+x+)+y', longest('x'), 'xxy'],
  ['(a|a?)+b', longest('a'), 'aab'],
  ['(\\w+\\s?)+$', longest('word ', '!'), 'two words'],
  ['(.*,){12}!', longest(','), ',,,,,,,,,,,,!'],
  ['^(([a-z])+.)+[a-z]([a-z])+!$', longest('a'), 'abcd!'],
  // The largest programs allowed: cost grows with program size, so these are the slowest there are.
  ['(.*a){59}!', longest('a'), 'a'.repeat(59) + '!'],
  ['[\\p{L}\\p{N}]{25}!', longest('é'), 'é'.repeat(25) + '!'],
  ['\\w{1,145}!', longest('a'), 'a'.repeat(145) + '!'],
  ['((\\w{1,4}){1,5}){1,3}!', longest('a'), 'abc!'],
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

describe('text answer patterns run in linear time', () => {
  it('grades the worst answer to each catastrophic pattern in under 50 ms', () => {
    // First in the file, so nothing has compiled these patterns yet. The course check compiles a
    // pattern when the course loads; answers then run the compiled program.
    const timings = catastrophic.map(([pattern, adversarial]) => {
      const loading = performance.now();
      expect(patternProblem(pattern), pattern).toBeUndefined();
      const compileMs = performance.now() - loading;
      const runs: number[] = [];
      for (let run = 0; run < 5; run++) {
        // A fresh variant each run, so no cached verdict for the exact string hides the matching cost.
        const answer = adversarial.slice(0, MAX_PATTERN_INPUT - 1) + String.fromCharCode(0x21 + run);
        const started = performance.now();
        compilePattern(pattern)?.test(answer);
        runs.push(performance.now() - started);
      }
      return { pattern, median: median(runs), first: runs[0] ?? Number.NaN, compileMs };
    });
    const slowest = (key: 'median' | 'first' | 'compileMs') => timings.reduce((a, b) => (b[key] > a[key] ? b : a));
    const [worst, first, compile] = [slowest('median'), slowest('first'), slowest('compileMs')];
    console.log(
      `catastrophic patterns: ${timings.length} tried on ${MAX_PATTERN_INPUT}-character answers; worst median ${worst.median.toFixed(2)} ms (${worst.pattern}); ` +
        `slowest first answer ${first.first.toFixed(2)} ms (${first.pattern}); slowest compile at course load ${compile.compileMs.toFixed(2)} ms (${compile.pattern})`,
    );
    expect(worst.median).toBeLessThan(50);
  });

  it('accepts the classic catastrophic shapes, since the engine cannot backtrack', () => {
    for (const [pattern] of catastrophic) expect(patternProblem(pattern), pattern).toBeUndefined();
  });

  it.each(catastrophic)('%s still matches what it should', (pattern, adversarial, matching) => {
    expect(compilePattern(pattern)?.test(matching)).toBe(true);
    expect(compilePattern(pattern)?.test(adversarial)).toBe(false);
  });

  it('anchors to the whole answer and ignores case, as documented', () => {
    expect(compilePattern('open[- ]ended( question)?')?.test('open-ended question')).toBe(true);
    expect(compilePattern('open[- ]ended( question)?')?.test('an open-ended question')).toBe(false);
    expect(compilePattern('café|tea')?.test('CAFÉ')).toBe(true);
    expect(compilePattern('step (3|three)\\.?')?.test('step three.')).toBe(true);
  });
});

describe('patterns the engine cannot run are course diagnostics', () => {
  it.each([
    ['(a)\\1', 'unsupported-regex', 'uses a back-reference (\\1), which Course Studio does not support'],
    ['(?<word>a)\\k<word>', 'unsupported-regex', 'uses a back-reference (\\k<word>), which Course Studio does not support'],
    ['yes(?= please)', 'unsupported-regex', 'uses a look-ahead (?=…), which Course Studio does not support'],
    ['(?!no)\\w+', 'unsupported-regex', 'uses a look-ahead (?!…), which Course Studio does not support'],
    ['(?<=a)b', 'unsupported-regex', 'uses a look-behind (?<=…), which Course Studio does not support'],
    ['(?<!a)b', 'unsupported-regex', 'uses a look-behind (?<!…), which Course Studio does not support'],
    ['(unclosed', 'bad-regex', 'is not a valid regular expression (missing closing ): `(unclosed`)'],
    ['a{1001}', 'bad-regex', 'is not a valid regular expression (invalid repeat count: `{1001}`)'],
    ['x'.repeat(201), 'unsafe-regex', 'is 201 characters long; patterns may be at most 200'],
    [
      '((\\w{1,10}){1,10}){1,10}!',
      'unsafe-regex',
      'is too complex to check answers quickly: it compiles to 2222 steps, and a pattern may have at most 300',
    ],
    ['[\\p{L}\\p{N}]{1000}!', 'unsafe-regex', 'ranges to test, at most 20000'],
    ['[\\p{L}\\p{N}]{290}!', 'unsafe-regex', 'it repeats large character classes (such as \\p{L}) too many times'],
    ['(.*a){100}!', 'unsafe-regex', 'compiles to 503 steps'],
    ['(.*a){60}!', 'unsafe-regex', 'compiles to 303 steps'],
  ])('%s', (pattern, code, reason) => {
    const problem = patternProblem(pattern);
    expect(problem?.code).toBe(code);
    expect(problem?.reason).toContain(reason);
    expect(compilePattern(pattern)).toBeUndefined();
  });

  it('does not mistake an escaped backslash followed by a digit for a back-reference', () => {
    expect(patternProblem('a\\\\1')).toBeUndefined();
    expect(compilePattern('a\\\\1')?.test('a\\1')).toBe(true);
    expect(patternProblem('[(?=]x')).toBeUndefined();
  });

  it('allows at most ten patterns on one question, so one answer runs at most ten', () => {
    const quiz = (count: number) =>
      '```quiz\nid: t1\ntype: text\nprompt: P\npatterns:\n' +
      Array.from({ length: count }, (_, i) => `  - "a{${i + 1}}"\n`).join('') +
      '```\n';
    expect(compileBody(quiz(10)).diagnostics).toEqual([]);
    const [diagnostic, ...others] = compileBody(quiz(11)).diagnostics;
    expect(others).toEqual([]);
    expect(diagnostic).toMatchObject({ code: 'unsafe-regex', line: 8, column: 1 });
    expect(diagnostic?.message).toBe(
      'quiz \'t1\' has 11 patterns; a question may have at most 10 (combine them with |, or list exact answers under "accept")',
    );
  });

  it('names the pattern, the quiz and the line, and says what to do instead', () => {
    const body = '```quiz\nid: t1\ntype: text\nprompt: Say it twice\npatterns:\n  - "yes"\n  - "(\\\\w+) \\\\1"\n```\n';
    const [diagnostic, ...others] = compileBody(body).diagnostics;
    expect(others).toEqual([]);
    expect(diagnostic).toMatchObject({ code: 'unsupported-regex', line: 10, column: 5, severity: 'error' });
    expect(diagnostic?.message).toMatch(/^pattern 2 of quiz 't1' uses a back-reference \(\\1\), which Course Studio does not support: .+/);
  });
});
