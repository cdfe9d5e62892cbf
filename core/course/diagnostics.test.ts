import { describe, expect, it } from 'vitest';
import { compileModuleSource } from './compile-module';
import { formatDiagnostic } from './diagnostics';
import { compileBody, where } from './test-helpers';

// Module bodies start on line 4 (three front matter lines); a quiz fence on line 4 has its YAML from line 5.
const quiz = (yaml: string) => '```quiz\n' + yaml + '\n```\n';

// [problem, module body, expected "line:column code" list]
const bodyCases: [string, string, string[]][] = [
  ['bad YAML in a quiz', quiz('id: q\ntype: single\nprompt: [unclosed'), ['8:1 yaml-syntax']],
  ['unknown quiz key', quiz('id: q\ntype: true-false\nprompt: P\nanswer: true\nhitn: x'), ['9:1 unknown-key']],
  ['missing quiz id', quiz('type: true-false\nprompt: P\nanswer: true'), ['5:1 missing-id']],
  [
    'missing choice id',
    quiz('id: q\ntype: single\nprompt: P\nchoices:\n  - text: A\n    correct: true\n  - id: b\n    text: B'),
    ['9:5 missing-id'],
  ],
  [
    'duplicate quiz id in a module',
    quiz('id: q\ntype: true-false\nprompt: P\nanswer: true') + '\n' + quiz('id: q\ntype: true-false\nprompt: P\nanswer: true'),
    ['12:5 duplicate-id'],
  ],
  [
    'duplicate choice id',
    quiz('id: q\ntype: single\nprompt: P\nchoices:\n  - { id: a, text: A, correct: true }\n  - { id: a, text: B }'),
    ['10:11 duplicate-id'],
  ],
  [
    'no correct answer',
    quiz('id: q\ntype: single\nprompt: P\nchoices:\n  - { id: a, text: A }\n  - { id: b, text: B }'),
    ['8:1 no-correct-answer'],
  ],
  [
    'two correct answers on a single choice',
    quiz('id: q\ntype: single\nprompt: P\nchoices:\n  - id: a\n    text: A\n    correct: true\n  - id: b\n    text: B\n    correct: true'),
    ['14:5 too-many-correct'],
  ],
  ['text with no answers', quiz('id: q\ntype: text\nprompt: P'), ['5:1 no-correct-answer']],
  ['invalid regex', quiz('id: q\ntype: text\nprompt: P\npatterns: ["(unclosed"]'), ['8:12 bad-regex']],
  ['back-reference in a pattern', quiz('id: q\ntype: text\nprompt: P\npatterns:\n  - "(a)\\\\1"'), ['9:5 unsupported-regex']],
  ['ordering with one item', quiz('id: q\ntype: order\nprompt: P\nitems:\n  - { id: a, text: A }'), ['8:1 order-too-few-items']],
  ['unknown question type', quiz('id: q\ntype: singel\nprompt: P'), ['6:7 unknown-question-type']],
  ['bad value', quiz('id: q\ntype: true-false\nprompt: P\nanswer: true\npoints: lots'), ['9:9 bad-value']],
  ['id that is not a slug', quiz('id: Bad Id\ntype: true-false\nprompt: P\nanswer: true'), ['5:5 bad-value']],
  [
    'unknown match target',
    quiz('id: q\ntype: match\nprompt: P\nleft:\n  - { id: a, text: A, match: zz }\nright:\n  - { id: b, text: B }'),
    ['9:30 unknown-match-target'],
  ],
  [
    'scenario choice that leads nowhere',
    quiz(
      'id: q\ntype: scenario\nprompt: P\nsteps:\n  - id: s\n    text: S\n    choices:\n      - id: c\n        text: C\noutcomes:\n  - { id: o, title: O }',
    ),
    ['12:9 scenario-dead-end'],
  ],
  [
    'scenario step without choices',
    quiz('id: q\ntype: scenario\nprompt: P\nsteps:\n  - id: s\n    text: S\noutcomes:\n  - { id: o, title: O }'),
    ['9:9 scenario-dead-end'],
  ],
  [
    'scenario unknown target',
    quiz(
      'id: q\ntype: scenario\nprompt: P\nsteps:\n  - id: s\n    text: S\n    choices:\n      - { id: c, text: C, next: nowhere }\noutcomes:\n  - { id: o, title: O }',
    ),
    ['12:33 scenario-unknown-target'],
  ],
  [
    'scenario unreachable step',
    quiz(
      'id: q\ntype: scenario\nprompt: P\nsteps:\n  - id: s\n    text: S\n    choices:\n      - { id: c, text: C, next: o }\n  - id: lost\n    text: L\n    choices:\n      - { id: d, text: D, next: o }\noutcomes:\n  - { id: o, title: O }',
    ),
    ['13:9 scenario-unreachable'],
  ],
  [
    'scenario loop with no outcome',
    quiz(
      'id: q\ntype: scenario\nprompt: P\nsteps:\n  - id: s\n    text: S\n    choices:\n      - { id: c, text: C, next: s }\noutcomes:\n  - { id: o, title: O }',
    ),
    ['14:11 scenario-unreachable', '9:9 scenario-no-outcome'],
  ],
  ['broken image path', 'Look: ![x](../../etc/passwd)\n', ['4:12 image-path-rejected']],
  ['quiz inside a list', '- item\n\n  ```quiz\n  id: q\n  ```\n', ['6:1 misplaced-quiz']],
  [
    'pool drawing more than it has',
    '::: pool id=p draw=3\n' + quiz('id: q\ntype: true-false\nprompt: P\nanswer: true') + ':::\n',
    ['4:15 pool-draw-too-large'],
  ],
  [
    'pool with an unknown key',
    '::: pool id=p drow=1\n' + quiz('id: q\ntype: true-false\nprompt: P\nanswer: true') + ':::\n',
    ['4:15 unknown-key', '4:10 missing-key'],
  ],
  ['compare with one column', ':::: compare\n::: column A\nx\n:::\n::::\n', ['4:1 compare-needs-columns']],
  ['unknown block name', '::: tipp\nx\n:::\n', ['4:1 unknown-block']],
  ['javascript link', 'A [link](javascript:alert(1)) here\n', ['4:10 link-rejected']],
  ['relative link', 'See [other](other.md).\n', ['4:13 link-rejected']],
];

// [problem, whole module file, expected]
const fileCases: [string, string, string[]][] = [
  ['no front matter', '# Hello\n', ['1:1 missing-front-matter']],
  ['unclosed front matter', '---\ntitle: x\n', ['1:1 front-matter-unclosed']],
  ['unknown front matter key', '---\ntitle: T\npasmark: 3\n---\n', ['3:1 unknown-key']],
  ['bad front matter value', '---\ntitle: T\npass-mark: 120\n---\n', ['3:12 bad-value']],
  ['missing title', '---\nsummary: S\n---\n', ['2:1 missing-key']],
  ['bad front matter YAML', '---\ntitle: T\nminutes: 3: 4\n---\n', ['3:10 yaml-syntax']],
  ['duplicate front matter key', '---\ntitle: T\ntitle: U\n---\n', ['3:1 yaml-syntax']],
];

describe('diagnostics carry their exact line and column', () => {
  it.each(bodyCases)('%s', (_name, body, expected) => {
    expect(where(compileBody(body))).toEqual(expected);
  });

  it.each(fileCases)('%s', (_name, file, expected) => {
    expect(where(compileModuleSource(file, 'modules/01-test.md'))).toEqual(expected);
  });
});

describe('messages are sentences a trainer can act on', () => {
  it.each([
    ['unknown key suggests the closest key', fileCases[2]?.[1] ?? '', "unknown key 'pasmark' in front matter; did you mean 'pass-mark'?"],
    ['bad value names key and range', fileCases[3]?.[1] ?? '', "'pass-mark' in front matter must be between 0 and 100"],
  ])('%s', (_name, file, message) => {
    expect(compileModuleSource(file, 'modules/01-test.md').diagnostics[0]?.message).toBe(message);
  });

  it('formats compiler-style with the single-choice message', () => {
    const [diagnostic] = compileBody(bodyCases[7]?.[1] ?? '', 'modules/02-pitch.md').diagnostics;
    expect(diagnostic && formatDiagnostic(diagnostic)).toBe(
      "modules/02-pitch.md:14:5 error: choice 'b' is marked correct but the question is single choice and 'a' is also correct (use type: multiple for several right answers)",
    );
  });

  it('places quiz YAML inside a pool', () => {
    const result = compileBody('::: pool id=p draw=1\n' + quiz('id: q\ntype: true-false\nprompt: P\nanswer: maybe') + ':::\n');
    expect(where(result)).toEqual(['9:9 bad-value', '4:1 pool-empty']);
  });

  it('places quiz YAML after other content', () => {
    const result = compileBody('Intro\n\n' + quiz('id: q\ntype: true-false\nprompt: P\nanswer: maybe'));
    expect(where(result)).toEqual(['10:9 bad-value']);
    expect(result.diagnostics[0]?.message).toBe("'answer' in quiz 'q' must be true or false");
  });
});
