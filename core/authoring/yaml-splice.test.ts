import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editTopLevelList, renderScalar, setTopLevelScalar } from './yaml-splice';
import { bundledCourse } from './testing/temp-workspace';

const source = `# The course file
id: demo   # keep this id
title:   Old title  # shown in the list
description: >-
  A folded description that must not be
  re-wrapped by an edit elsewhere.
modules:   # playing order
  # the first module
  - modules/01-a.md
  # about b
  - modules/02-b.md # trailing note

  - "modules/03-c.md"
completion: all-modules-completed
`;

describe('setTopLevelScalar', () => {
  it.each([
    ['New title', 'title:   New title  # shown in the list'],
    ['Title: with colon', 'title:   "Title: with colon"  # shown in the list'],
    ['yes', 'title:   "yes"  # shown in the list'],
    ['42', 'title:   "42"  # shown in the list'],
  ])('title %j', (title, line) => {
    const edited = setTopLevelScalar(source, 'title', title, 'course.yml');
    expect(edited.split('\n')[2]).toBe(line);
    expect(edited.replace(line, '')).toBe(source.replace('title:   Old title  # shown in the list', ''));
  });

  it('adds a missing key without losing comments', () => {
    const edited = setTopLevelScalar('# note\nid: x\n', 'title', 'T', 'course.yml');
    expect(edited).toContain('# note');
    expect(edited).toContain('title: T');
  });
});

describe('editTopLevelList', () => {
  const body = (text: string) => text.slice(text.indexOf('modules:'), text.indexOf('completion:'));

  it.each([
    {
      name: 'reorder moves items with their comments and the blank lines above them',
      edit: (items: string[]) => [items[2] ?? '', items[0] ?? '', items[1] ?? ''],
      expected:
        'modules:   # playing order\n  # the first module\n\n  - "modules/03-c.md"\n  - modules/01-a.md\n  # about b\n  - modules/02-b.md # trailing note\n',
    },
    {
      name: 'append uses the list indentation',
      edit: (items: string[]) => [...items, 'modules/04-d.md'],
      expected:
        'modules:   # playing order\n  # the first module\n  - modules/01-a.md\n  # about b\n  - modules/02-b.md # trailing note\n\n  - "modules/03-c.md"\n  - modules/04-d.md\n',
    },
    {
      name: 'delete drops the item and its comment',
      edit: (items: string[]) => items.filter((item) => item !== 'modules/02-b.md'),
      expected: 'modules:   # playing order\n  # the first module\n  - modules/01-a.md\n\n  - "modules/03-c.md"\n',
    },
  ])('$name', ({ edit, expected }) => {
    const edited = editTopLevelList(source, 'modules', edit, 'course.yml');
    expect(body(edited)).toBe(expected);
    expect(edited.slice(0, edited.indexOf('modules:'))).toBe(source.slice(0, source.indexOf('modules:')));
    expect(edited.endsWith('completion: all-modules-completed\n')).toBe(true);
  });

  it('falls back to the Document for a flow list, keeping comments', () => {
    const edited = editTopLevelList('# top\nmodules: [a.md, b.md] # order\n', 'modules', (items) => [...items].reverse(), 'course.yml');
    expect(edited).toContain('# top');
    expect(edited).toMatch(/b\.md,\s*a\.md/);
  });

  it('leaves the bundled course.yml byte-identical when nothing changes', () => {
    const text = readFileSync(join(bundledCourse, 'course.yml'), 'utf8');
    expect(editTopLevelList(text, 'modules', (items) => items, 'course.yml')).toBe(text);
    expect(setTopLevelScalar(text, 'title', 'Service with Purpose', 'course.yml')).toBe(text);
  });

  it('refuses YAML with errors instead of guessing', () => {
    expect(() => editTopLevelList('modules: [a\n', 'modules', (items) => items, 'course.yml')).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });
});

describe('renderScalar', () => {
  it.each([
    ['plain', 'plain'],
    ['a: b', '"a: b"'],
    ['#hash', '"#hash"'],
    ['no', '"no"'],
  ])('%j → %s', (value, rendered) => {
    expect(renderScalar(value)).toBe(rendered);
  });
});
