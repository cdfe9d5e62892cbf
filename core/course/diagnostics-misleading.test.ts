import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse } from './compile-course';
import { compileModuleSource } from './compile-module';
import type { Diagnostic } from './diagnostics';
import { moduleText } from './test-helpers';

/**
 * Diagnostics that used to point at the wrong place or say the wrong thing (issue 11, item 7).
 * Each row is a whole module file and what a trainer must read: `file:line:column severity code`,
 * words the message must contain, and, where the fault used to hide content, the page titles.
 */

const FILE = 'modules/01-test.md';
// Module bodies start on line 4 (three front matter lines); a quiz fence on line 4 has its YAML from line 5.
const quiz = (yaml: string) => '```quiz\n' + yaml + '\n```\n';
const trueFalse = 'id: q\ntype: true-false\nprompt: P\nanswer: true';

interface Row {
  /** The module file. */
  text: string;
  /** `file:line:column severity code` of every diagnostic, in order. */
  expected: string[];
  /** Fragments the first diagnostic's message must contain. */
  says?: string[];
  /** Fragments its message must not contain. */
  never?: string[];
  /** The original parser wording, kept as the detail. */
  detail?: string;
  /** Page titles the module must still have. */
  pages?: string[];
}

const rows: [string, Row][] = [
  // 2. An unclosed ::: block is an error at its opening line and stops before the next page.
  [
    'unclosed callout before a page heading',
    {
      text: moduleText('::: tip\nhello\n\n## Page two\n\ntext\n'),
      expected: [`${FILE}:4:1 error unclosed-block`],
      says: ["'::: tip' opened at line 4 is never closed", 'lines 4-6', "'## Page two'", 'add a line with ::: '],
      pages: ['Test module', 'Page two'],
    },
  ],
  [
    'unclosed callout at the end of the file',
    {
      text: moduleText('## One\n\n::: note\nhello\n'),
      expected: [`${FILE}:6:1 error unclosed-block`],
      says: ["'::: note' opened at line 6 is never closed", 'to the end of the file'],
      pages: ['One'],
    },
  ],
  [
    'unclosed comparison keeps the next page',
    {
      text: moduleText(':::: compare\n::: column A\nx\n:::\n::: column B\ny\n:::\n\n## After\n\nz\n'),
      expected: [`${FILE}:4:1 error unclosed-block`],
      says: ["':::: compare' opened at line 4 is never closed", "'## After'", 'add a line with ::::'],
      pages: ['Test module', 'After'],
    },
  ],
  [
    'a page heading taken into a block that a later ::: closes',
    {
      text: moduleText('::: tip\ntext\n\n## Page two\n\nmore\n\n::: warning\nw\n:::\n'),
      expected: [`${FILE}:7:1 warning heading-in-block`, `${FILE}:11:1 error unclosed-block`],
      says: ["this ## heading is inside the '::: tip' block opened at line 4", 'add a line with ::: above the heading'],
    },
  ],
  // 3. An unclosed quiz fence is reported at the fence, in words, and does not eat the next page.
  [
    'unclosed quiz fence',
    {
      text: moduleText('Intro\n\n```quiz\n' + trueFalse + '\n\n## Next\n\nmore: text\n'),
      expected: [`${FILE}:6:1 error unclosed-quiz`],
      says: ['quiz block opened at line 6 is never closed with ```', 'lines 6-11', "'## Next'"],
      never: ['YAML'],
      pages: ['Test module', 'Next'],
    },
  ],
  [
    'unclosed quiz fence at the end of the file',
    {
      text: moduleText('```quiz\n' + trueFalse + '\n'),
      expected: [`${FILE}:4:1 error unclosed-quiz`],
      says: ['quiz block opened at line 4 is never closed with ```', 'to the end of the file'],
    },
  ],
  [
    'unclosed four-backtick quiz fence',
    {
      text: moduleText('````quiz\n' + trueFalse + '\n```\n'),
      expected: [`${FILE}:4:1 error unclosed-quiz`],
      says: ['never closed with ````'],
    },
  ],
  // 4. A duplicate quiz id points at the second `id:` value, not at the fence.
  [
    'duplicate quiz id with id not first',
    {
      text: moduleText(quiz(trueFalse) + '\n' + quiz('type: true-false\nid: q\nprompt: P\nanswer: true')),
      expected: [`${FILE}:13:5 error duplicate-id`],
      says: ["quiz id 'q' is already used at line 5"],
    },
  ],
  [
    'duplicate quiz id in a quiz that also has other problems (positional parse)',
    {
      text: moduleText(quiz(trueFalse) + '\n' + quiz('id:   q\ntype: true-false\nprompt: P\nanswer: true\nhint: &h H')),
      expected: [`${FILE}:12:7 error duplicate-id`],
    },
  ],
  // 6. An alias bomb is reported at the alias that makes it too big.
  [
    'alias bomb in a quiz',
    {
      text: moduleText(
        quiz(
          trueFalse +
            '\nhint: x\nl0: &a ["x","x","x","x","x","x","x","x","x","x"]\nl1: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nl2: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nl3: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\nl4: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
        ),
      ),
      expected: [`${FILE}:13:30 error yaml-syntax`],
      says: ['*c', 'more than 10000 values', 'write the values out'],
    },
  ],
  [
    'alias bomb in front matter',
    {
      text: '---\ntitle: T\na: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\n',
      expected: [`${FILE}:6:26 error yaml-syntax`],
      says: ['*c', 'write the values out'],
    },
  ],
  // 8. YAML errors in a trainer's words, with the parser's wording as the detail.
  [
    'a colon inside a plain text value',
    {
      text: moduleText(quiz('id: q\ntype: true-false\nprompt: Note: this is it\nanswer: true')),
      expected: [`${FILE}:7:9 error yaml-syntax`],
      says: ["'prompt'", 'put the whole text in quotes', 'prompt: "Note: this is it"'],
      never: ['compact'],
      detail: 'Nested mappings are not allowed in compact mappings',
    },
  ],
  [
    'a tab as indentation',
    {
      text: moduleText(quiz('id: q\ntype: single\nprompt: P\nchoices:\n\t- id: a\n\t  text: A\n\t  correct: true')),
      // One error for each line that needs its tab replaced.
      expected: [`${FILE}:9:1 error yaml-syntax`, `${FILE}:10:1 error yaml-syntax`, `${FILE}:11:1 error yaml-syntax`],
      says: ['YAML indentation must use spaces, not tabs'],
      detail: 'Tabs are not allowed as indentation',
    },
  ],
  [
    'a key without a colon',
    {
      text: moduleText(quiz('id: q\ntype: true-false\nprompt P\nanswer: true')),
      expected: [`${FILE}:7:1 error yaml-syntax`],
      says: ['is not a "key: value" line', "add the ':' after the key"],
      detail: 'Implicit keys need to be on a single line',
    },
  ],
  [
    'an unclosed quote',
    {
      text: '---\ntitle: "Welcome\n---\n',
      // At the end of the line, where the closing quote is missing.
      expected: [`${FILE}:2:16 error yaml-syntax`],
      says: ['opens a " quote but never closes it'],
      detail: 'Missing closing "quote',
    },
  ],
  [
    'a duplicate key',
    {
      text: '---\ntitle: T\ntitle: U\n---\n',
      expected: [`${FILE}:3:1 error yaml-syntax`],
      says: ["'title' is written twice"],
      detail: 'Map keys must be unique',
    },
  ],
  [
    'a value starting with a reserved character',
    {
      text: '---\ntitle: `code` first\n---\n',
      expected: [`${FILE}:2:8 error yaml-syntax`],
      says: ['cannot start with `', 'quotes'],
      detail: 'Plain value cannot start with reserved character `',
    },
  ],
  // 9. The unsafe-pattern sentence reads as a sentence (see the text-answer case below).
  [
    'an invalid pattern',
    {
      text: moduleText(quiz('id: q\ntype: text\nprompt: P\npatterns: ["(unclosed"]')),
      expected: [`${FILE}:8:12 error bad-regex`],
      says: ["pattern 1 of quiz 'q' is not a valid regular expression"],
    },
  ],
  // 10. A plain text value cut short at ' #' is a warning at the '#'.
  [
    'an explanation cut at " #"',
    {
      text: moduleText(quiz(trueFalse + '\nexplanation: Each ## heading starts a page')),
      expected: [`${FILE}:9:19 warning yaml-comment`],
      says: ["the text after ' #' is read as a comment", '\'explanation\' is just "Each"', 'put the value in quotes'],
    },
  ],
  [
    'a choice cut at " #" inside a quiz that has an error too',
    {
      text: moduleText(quiz('id: q\ntype: single\nprompt: P\nchoices:\n  - id: a\n    text: Call # 5\n  - id: b\n    text: B')),
      expected: [`${FILE}:10:16 warning yaml-comment`, `${FILE}:8:1 error no-correct-answer`],
    },
  ],
  [
    'a front matter title cut at " #"',
    {
      text: '---\ntitle: Part 2 # Basics\n---\n',
      expected: [`${FILE}:2:15 warning yaml-comment`],
      says: ['\'title\' is just "Part 2"'],
    },
  ],
  [
    'an objective cut at " #"',
    {
      text: '---\ntitle: T\nobjectives:\n  - Name the # styles\n---\n',
      expected: [`${FILE}:4:14 warning yaml-comment`],
      says: ['this item is just "Name the"'],
    },
  ],
  [
    'a comment after an id or a type is meant as one',
    {
      text: moduleText(quiz('id: q # the first\ntype: true-false # simple\nprompt: P\nanswer: true')),
      expected: [],
    },
  ],
  [
    'a comment after two spaces, after a number or true, and a quoted #',
    {
      text:
        '---\ntitle: Rule no. 1  # the real title\nminutes: 5 # five\n---\n' +
        quiz('id: q\ntype: true-false\nprompt: "A quoted # prompt, C# and #1"\nanswer: true # it is'),
      expected: [],
    },
  ],
];

const formatted = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`;

describe('diagnostics that used to mislead', () => {
  it.each(rows)('%s', (_name, row) => {
    const result = compileModuleSource(row.text, FILE, { courseId: 'test' });
    expect(result.diagnostics.map(formatted)).toEqual(row.expected);
    const first = result.diagnostics[0];
    for (const fragment of row.says ?? []) expect(first?.message).toContain(fragment);
    for (const fragment of row.never ?? []) expect(first?.message).not.toContain(fragment);
    if (row.detail !== undefined) expect(first?.detail).toBe(row.detail);
    if (row.pages) expect(result.module.pages.map((page) => page.title)).toEqual(row.pages);
  });
});

// Course folders: course.yml plus module files, written as bytes so a file can be not UTF-8.
const COURSE = 'id: c\ntitle: C\nmodules:\n  - modules/01-a.md\n';
const MODULE = '---\ntitle: A\n---\n\n## Page\n\nText.\n';
const latin = (text: string) => Buffer.from(text, 'latin1');
const utf8 = (text: string) => Buffer.from(text, 'utf8');

interface CourseRow {
  files: Record<string, Buffer>;
  expected: string[];
  says?: string[];
  never?: string[];
  /** Whether modules/01-a.md is still in the compiled course (it is listed, shown, but not playable). */
  moduleKept?: boolean;
}

const courseRows: [string, CourseRow][] = [
  // 1. A file that is not UTF-8 is an error at its first bad byte, naming the file and the fix.
  [
    'a Windows-1252 module',
    {
      files: { 'course.yml': utf8(COURSE), 'modules/01-a.md': Buffer.concat([utf8(MODULE), latin('The \x93best\x94 caf\xe9.\n')]) },
      expected: ['modules/01-a.md:8:5 error not-utf8'],
      says: [
        'modules/01-a.md is not UTF-8 text',
        'it looks like Windows-1252, where byte 0x93 is "“"',
        'Save the file as UTF-8',
        'the module cannot be played',
      ],
      moduleKept: true,
    },
  ],
  [
    'a bad byte after other non-ASCII text counts columns in characters',
    {
      files: {
        'course.yml': utf8(COURSE),
        'modules/01-a.md': Buffer.concat([utf8('---\ntitle: Café ünd '), latin('\xe9'), utf8('\n---\n')]),
      },
      expected: ['modules/01-a.md:2:17 error not-utf8'],
      says: ['byte 0xE9 is "é"'],
      moduleKept: true,
    },
  ],
  [
    'a UTF-16 module',
    {
      files: { 'course.yml': utf8(COURSE), 'modules/01-a.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MODULE, 'utf16le')]) },
      expected: ['modules/01-a.md:1:1 error not-utf8', 'modules/01-a.md:1:1 error missing-front-matter'],
      says: ['it looks like UTF-16'],
    },
  ],
  [
    'a Windows-1252 course.yml',
    {
      files: { 'course.yml': latin('id: c\ntitle: Caf\xe9 course\nmodules:\n  - modules/01-a.md\n'), 'modules/01-a.md': utf8(MODULE) },
      expected: ['course.yml:2:11 error not-utf8'],
      says: ['course.yml is not UTF-8 text', 'the characters shown as � stay wrong'],
      moduleKept: true,
    },
  ],
  // 5. A module path that leaves the folder is called a module file, not an image.
  [
    'a module path escaping the course folder',
    {
      files: { 'course.yml': utf8('id: c\ntitle: C\nmodules:\n  - ../../etc/x.md\n') },
      expected: ['course.yml:4:5 error bad-module-path'],
      says: [
        "module file '../../etc/x.md' listed in course.yml uses '..'",
        'module files must stay inside the course folder',
        'modules/01-intro.md',
      ],
      never: ['image', 'assets/'],
    },
  ],
  [
    'a module path given as a URL',
    {
      files: { 'course.yml': utf8('id: c\ntitle: C\nmodules:\n  - https://example.com/x.md\n') },
      expected: ['course.yml:4:5 error bad-module-path'],
      says: ['is a URL; module files must be files inside the course folder'],
      never: ['image'],
    },
  ],
  // 7. A course.yml that does not parse lists no modules, so it says nothing about unlisted ones.
  [
    'a course.yml that does not parse',
    {
      files: {
        'course.yml': utf8('id: c\ntitle: C: the course\nmodules:\n  - modules/01-a.md\n'),
        'modules/01-a.md': utf8(MODULE),
        'modules/02-b.md': utf8(MODULE),
      },
      expected: ['course.yml:2:8 error yaml-syntax'],
      never: ['not listed'],
    },
  ],
  [
    'a course.yml without a module list',
    {
      files: { 'course.yml': utf8('id: c\ntitle: C\n'), 'modules/01-a.md': utf8(MODULE) },
      expected: ['course.yml:1:1 error missing-key'],
    },
  ],
  [
    'comments after a module path or the completion rule are meant as comments',
    {
      files: {
        'course.yml': utf8(
          'id: c # the id\ntitle: C\nmodules:\n  - modules/01-a.md # first\ncompletion: all-modules-completed # default\n',
        ),
        'modules/01-a.md': utf8(MODULE),
      },
      expected: [],
    },
  ],
  [
    'a course title cut at " #"',
    {
      files: { 'course.yml': utf8('id: c\ntitle: Course # 1\nmodules:\n  - modules/01-a.md\n'), 'modules/01-a.md': utf8(MODULE) },
      expected: ['course.yml:2:15 warning yaml-comment'],
      says: ['\'title\' is just "Course"'],
    },
  ],
  [
    'a module left out of a readable list is still reported',
    {
      files: { 'course.yml': utf8(COURSE), 'modules/01-a.md': utf8(MODULE), 'modules/02-b.md': utf8(MODULE) },
      expected: ['course.yml:3:1 warning module-not-listed'],
    },
  ],
];

describe('course diagnostics that used to mislead', () => {
  it.each(courseRows)('%s', async (_name, row) => {
    const folder = mkdtempSync(join(tmpdir(), 'course-diag-'));
    try {
      for (const [path, bytes] of Object.entries(row.files)) {
        mkdirSync(dirname(join(folder, path)), { recursive: true });
        writeFileSync(join(folder, path), bytes);
      }
      const { course, diagnostics } = await compileCourse(folder);
      expect(diagnostics.map(formatted)).toEqual(row.expected);
      const first = diagnostics[0];
      for (const fragment of row.says ?? []) expect(first?.message).toContain(fragment);
      for (const fragment of row.never ?? []) expect(first?.message).not.toContain(fragment);
      if (row.moduleKept !== undefined) expect(course?.modules.some((module) => module.file === 'modules/01-a.md')).toBe(row.moduleKept);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

// 9. "pattern 1 of quiz 't1' it repeats a group…": quiz-validate.ts writes "pattern N of quiz 'q'"
// and then the reason from text-answer.ts, so every reason must read on from there.
describe('unsafe pattern messages read as sentences', () => {
  const patterns = ['(a+)+$', '(a|b)*', '(unclosed', '(a)\\1', 'x'.repeat(201)];
  it('never say "pattern N of quiz \'q\' it …"', () => {
    const yaml = `id: q\ntype: text\nprompt: P\npatterns:\n${patterns.map((pattern) => `  - ${JSON.stringify(pattern)}`).join('\n')}`;
    const messages = compileModuleSource(moduleText(quiz(yaml)), FILE).diagnostics.map((d) => d.message);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).toMatch(/^pattern \d+ of quiz 'q' (?!it )\w/);
  });
});

// js-yaml reads valid quizzes fast without positions; anything with an anchor (or a problem) is read
// by `yaml` with positions. The duplicate-id and cut-comment diagnostics must not depend on which.
describe('diagnostics are the same whichever YAML parser read the quiz', () => {
  const spellings = [
    ['id first', 'id: q\ntype: true-false\nprompt: P\nanswer: true'],
    ['id last, quoted', 'type: true-false\nprompt: P\nanswer: true\nid: "q"'],
    ['id with spaces and a comment', 'type: true-false\nid:    q  # the id\nprompt: P\nanswer: true'],
    ['id in a flow mapping', '{ type: true-false, prompt: P, answer: true, id: q }'],
    ['explanation cut at " #"', 'id: q\ntype: true-false\nprompt: P\nanswer: true\nexplanation: Each ## heading'],
  ] as const;
  // An anchor after everything else sends the quiz to the positional parse without moving anything.
  const positional = (yaml: string) => (yaml.startsWith('{') ? yaml.replace(' }', ', hint: &h H }') : `${yaml}\nhint: &h H`);

  it.each(spellings)('%s', (_name, yaml) => {
    const compile = (second: string) =>
      compileModuleSource(moduleText(quiz(trueFalse) + '\n' + quiz(second)), FILE).diagnostics.map(formatted);
    const fast = compile(yaml);
    expect(fast.some((d) => d.endsWith('duplicate-id'))).toBe(true);
    expect(compile(positional(yaml))).toEqual(fast);
  });
});
