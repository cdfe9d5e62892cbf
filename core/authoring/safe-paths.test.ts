import { describe, expect, it } from 'vitest';
import { checkModulePath, checkNewModulePath, checkUserFolderPath, resolveInside, slugify } from './safe-paths';

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
    ['Con', 'con-untitled'],
    ['LPT1', 'lpt1-untitled'],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe('path guards', () => {
  it.each(['../outside.md', 'modules/../../outside.md', '/abs.md', 'modules/sub/x.md', 'modules/x.txt', 'course.yml'])(
    'refuses module path %j',
    (path) => {
      expect(() => checkModulePath(path)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    },
  );

  it.each(['modules/con.md', `modules/${'a'.repeat(200)}.md`, 'modules/x\u202E.md', 'modules/.hidden.md', 'modules/a:b.md'])(
    'refuses to create module file %j',
    (path) => {
      expect(() => checkNewModulePath(path)).toThrow(
        expect.objectContaining({ code: 'invalid-argument', message: expect.stringMatching(/cannot be a module file: the name/) }),
      );
    },
  );

  it('resolves inside the root only', () => {
    expect(resolveInside('/data/course', 'modules/01.md')).toBe('/data/course/modules/01.md');
    expect(() => resolveInside('/data/course', '../other/x.md')).toThrow(/not allowed/);
  });

  it.each(['relative/folder', 'folder\0name', ''])('refuses user folder path %j', (path) => {
    expect(() => checkUserFolderPath(path)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});
