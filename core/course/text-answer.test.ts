import { describe, expect, it } from 'vitest';
import { compileBody } from './test-helpers';
import { compilePattern, MAX_PATTERN_INPUT, patternProblem } from './text-answer';

const longest = (unit: string, tail = '') => unit.repeat(Math.ceil(MAX_PATTERN_INPUT / unit.length)).slice(0, MAX_PATTERN_INPUT - tail.length) + tail;

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
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

describe('text answer patterns run in linear time', () => {
  it('grades the worst answer to each catastrophic pattern in under 50 ms', () => {
    // First in the file, so each pattern's first run includes compiling it, as a course's first answer does.
    const medians = catastrophic.map(([pattern, adversarial]) => {
      const runs: number[] = [];
      for (let run = 0; run < 5; run++) {
        // A fresh variant each run, so no cached verdict for the exact string hides the matching cost.
        const answer = adversarial.slice(0, MAX_PATTERN_INPUT - 1) + String.fromCharCode(0x21 + run);
        const started = performance.now();
        compilePattern(pattern)?.test(answer);
        runs.push(performance.now() - started);
      }
      return { pattern, ms: median(runs), first: runs[0] ?? Number.NaN };
    });
    const worst = medians.reduce((a, b) => (b.ms > a.ms ? b : a));
    const slowestFirst = medians.reduce((a, b) => (b.first > a.first ? b : a));
    console.log(
      `catastrophic patterns: ${medians.length} tried on ${MAX_PATTERN_INPUT}-character answers; worst median ${worst.ms.toFixed(2)} ms (${worst.pattern}); ` +
        `slowest first answer, compile included, ${slowestFirst.first.toFixed(2)} ms (${slowestFirst.pattern})`,
    );
    expect(worst.ms).toBeLessThan(50);
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

  it('names the pattern, the quiz and the line, and says what to do instead', () => {
    const body = '```quiz\nid: t1\ntype: text\nprompt: Say it twice\npatterns:\n  - "yes"\n  - "(\\\\w+) \\\\1"\n```\n';
    const [diagnostic, ...others] = compileBody(body).diagnostics;
    expect(others).toEqual([]);
    expect(diagnostic).toMatchObject({ code: 'unsupported-regex', line: 10, column: 5, severity: 'error' });
    expect(diagnostic?.message).toMatch(/^pattern 2 of quiz 't1' uses a back-reference \(\\1\), which Course Studio does not support: .+/);
  });
});
