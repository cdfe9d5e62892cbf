import { describe, expect, it } from 'vitest';
import { checkModulePath, checkUserFolderPath, resolveInside, slugify, uniqueName, unsafeRelativePath } from './safe-paths';

describe('slugify', () => {
  it.each([
    ['Service with Purpose', 'service-with-purpose'],
    ['Café Service: Part 2!', 'cafe-service-part-2'],
    ['../../etc/passwd', 'etc-passwd'],
    ['..', 'untitled'],
    ['', 'untitled'],
    ['   ', 'untitled'],
    ['C:\\Windows\\System32', 'c-windows-system32'],
    ['a'.repeat(100), 'a'.repeat(60)],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe('uniqueName', () => {
  it.each([
    ['intro', [], 'intro'],
    ['intro', ['intro'], 'intro-2'],
    ['intro', ['Intro', 'intro-2'], 'intro-3'],
  ])('%s with %j taken → %s', (base, taken, expected) => {
    expect(uniqueName(base, taken)).toBe(expected);
  });
});

describe('unsafeRelativePath', () => {
  it.each([
    ['modules/01-intro.md', null],
    ['assets/team/photo.png', null],
    ['../x.md', 'contains . or .. segments'],
    ['modules/../../x.md', 'contains . or .. segments'],
    ['/etc/passwd', 'is absolute'],
    ['C:/Windows/x', 'starts with a drive letter'],
    ['modules\\x.md', 'contains a backslash'],
    ['modules/x\0.md', 'contains a control character'],
    ['modules//x.md', 'has an empty segment'],
    ['', 'is empty'],
  ])('%j → %j', (path, problem) => {
    expect(unsafeRelativePath(path)).toBe(problem);
  });
});

describe('path guards', () => {
  it.each(['../outside.md', 'modules/../../outside.md', '/abs.md', 'modules/sub/x.md', 'modules/x.txt', 'course.yml'])('refuses module path %j', (path) => {
    expect(() => checkModulePath(path)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  it('resolves inside the root only', () => {
    expect(resolveInside('/data/course', 'modules/01.md')).toBe('/data/course/modules/01.md');
    expect(() => resolveInside('/data/course', '../other/x.md')).toThrow(/not allowed/);
  });

  it.each(['relative/folder', 'folder\0name', ''])('refuses user folder path %j', (path) => {
    expect(() => checkUserFolderPath(path)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});
