import { describe, expect, it } from 'vitest';
import {
  checkName,
  findPathTwins,
  NameSet,
  nameKey,
  nameProblem,
  printable,
  relativePathProblem,
  safePathProblem,
  toSafeName,
  uniqueName,
} from './safe-name';

describe('nameProblem', () => {
  it.each([
    ['service-basics', null],
    ['01-intro.md', null],
    ['Team photo (2).png', null],
    ['café.svg', null],
    ['日本語.md', null],
    ['a'.repeat(120), null],
    ['', 'is empty'],
    ['..', "is '..', which means the folder above"],
    ['.', "is '.', which means the folder itself"],
    ['../../../../x', 'contains a slash or backslash, so it would name a folder inside another'],
    ['a/b', 'contains a slash or backslash, so it would name a folder inside another'],
    ['a\\b', 'contains a slash or backslash, so it would name a folder inside another'],
    ['/abs', 'is an absolute path'],
    ['\\\\server\\share', 'is an absolute path'],
    ['C:\\x', 'is an absolute path'],
    ['c:x', 'is an absolute path'],
    ['a\0b', 'contains a control character'],
    ['a\u0085b', 'contains a control character'],
    ['.hidden', 'starts with a dot, which hides it'],
    ['a'.repeat(121), 'is longer than 120 characters'],
    ['é'.repeat(120), null],
    ['\u{20000}'.repeat(64), 'is longer than 255 bytes'],
    ['😀', 'contains a character (U+1F600) that is not allowed in names'],
    ['ab:c', 'contains ":", which Windows does not allow in names'],
    ['what?', 'contains "?", which Windows does not allow in names'],
    ['x\u202Egpj.md', 'contains a character (U+202E) that is not allowed in names'],
    ['zero\u200Bwidth', 'contains a character (U+200B) that is not allowed in names'],
    ['tab\u00A0space', 'contains a character (U+00A0) that is not allowed in names'],
    [' lead', 'starts with a space'],
    ['trail ', 'ends with a space or a dot, which Windows removes'],
    ['trail.', 'ends with a space or a dot, which Windows removes'],
    ['con', 'is "con", a name Windows reserves for a device'],
    ['CON', 'is "CON", a name Windows reserves for a device'],
    ['con.md', 'is "con", a name Windows reserves for a device'],
    ['Nul.tar.gz', 'is "Nul", a name Windows reserves for a device'],
    ['lpt1', 'is "lpt1", a name Windows reserves for a device'],
    ['COM¹.png', 'is "COM¹", a name Windows reserves for a device'],
    ['console', null],
    ['com10', null],
  ])('%j → %j', (name, problem) => {
    expect(nameProblem(name)).toBe(problem);
  });

  it('names the subject and the problem in its refusal', () => {
    expect(() => checkName('../../x', "The pack's course id", 'folder')).toThrow(
      expect.objectContaining({
        code: 'invalid-argument',
        message:
          'The pack\'s course id "../../x" cannot be a folder name: it contains a slash or backslash, so it would name a folder inside another.',
      }),
    );
  });
});

describe('nameKey', () => {
  it.each([
    ['Intro', 'intro'],
    ['caf\u00e9', 'cafe\u0301'],
    ['\ufb01le', 'file'],
    ['Straße', 'STRASSE'],
    ['ΣΊΣΥΦΟΣ', 'σίσυφος'],
    ['ＦＵＬＬ', 'full'],
  ])('%j and %j are the same name', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['intro', 'intro-2'],
    ['a.md', 'a.md.'],
  ])('%j and %j are different names', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});

describe('NameSet and uniqueName', () => {
  it('finds names that differ only by case or Unicode form', () => {
    const taken = new NameSet(['Tiny', 'caf\u00e9']);
    expect(taken.has('tiny')).toBe(true);
    expect(taken.sameAs('TINY')).toBe('Tiny');
    expect(taken.has('cafe\u0301')).toBe(true);
    taken.delete('TINY');
    expect(taken.has('Tiny')).toBe(false);
  });

  it.each([
    ['intro', [], 'intro'],
    ['intro', ['intro'], 'intro-2'],
    ['intro', ['Intro', 'INTRO-2'], 'intro-3'],
  ])('%s with %j taken → %s', (base, taken, expected) => {
    expect(uniqueName(base, taken)).toBe(expected);
  });
});

describe('paths', () => {
  it.each([
    ['modules/01-intro.md', null, null],
    ['assets/team/photo.png', null, null],
    ['../x.md', 'contains . or .. segments', 'contains . or .. segments'],
    ['modules/../../x.md', 'contains . or .. segments', 'contains . or .. segments'],
    ['/etc/passwd', 'is absolute', 'is absolute'],
    ['C:/Windows/x', 'starts with a drive letter', 'starts with a drive letter'],
    ['modules\\x.md', 'contains a backslash', 'contains a backslash'],
    ['modules/x\0.md', 'contains a control character', 'contains a control character'],
    ['modules//x.md', 'has an empty segment', 'has an empty segment'],
    ['', 'is empty', 'is empty'],
    [`modules/${'a'.repeat(400)}.md`, 'is longer than 400 characters', 'is longer than 400 characters'],
    ['modules/con.md', null, 'has a part "con.md" that is "con", a name Windows reserves for a device'],
    ['assets/.git/x.png', null, 'has a part ".git" that starts with a dot, which hides it'],
    ['course.yml', null, null],
  ])('%j → shape %j, safe %j', (path, shape, safe) => {
    expect(relativePathProblem(path)).toBe(shape);
    expect(safePathProblem(path)).toBe(safe);
  });

  it.each([
    [['modules/a.md', 'modules/b.md'], undefined],
    [['modules/02-b.md', 'modules/02-B.md'], { first: 'modules/02-B.md', second: 'modules/02-b.md', kind: 'file' }],
    [['assets/Team/x.png', 'assets/team/y.png'], { first: 'assets/Team', second: 'assets/team', kind: 'folder' }],
    [['assets/caf\u00e9.png', 'assets/cafe\u0301.png'], { first: 'assets/cafe\u0301.png', second: 'assets/caf\u00e9.png', kind: 'file' }],
    [['modules/x.md', 'modules/x.md'], undefined],
  ])('twins in %j → %j', (paths, twins) => {
    expect(findPathTwins(paths)).toEqual(twins);
  });
});

describe('toSafeName', () => {
  it.each([
    ['records.csv', 'records.csv'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\x\\report.pdf', 'report.pdf'],
    ['a:b?.json', 'a-b-.json'],
    ['con', 'download'],
    ['...', 'download'],
    ['', 'download'],
    ['bad\0name.zip', 'bad-name.zip'],
    [`${'x'.repeat(300)}.coursepack.zip`, `${'x'.repeat(96)}.zip`],
  ])('%j → %j', (text, name) => {
    expect(toSafeName(text, 'download')).toBe(name);
    expect(nameProblem(toSafeName(text, 'download'))).toBeNull();
  });
});

describe('printable', () => {
  it('hides control characters and shortens long names in the middle', () => {
    expect(printable('a\0b')).toBe('a?b');
    expect(printable('a'.repeat(300))).toBe(`${'a'.repeat(80)}…${'a'.repeat(30)}`);
  });
});
