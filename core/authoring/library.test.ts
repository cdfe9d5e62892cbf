import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse, hasErrors } from '../course/index';
import { createCourse, deleteCourse, duplicateCourse, renameCourse } from './library';
import { bundledCourse, listTree, tempWorkspace } from './testing/temp-workspace';
import { libraryCourses } from './workspace';

describe('createCourse', () => {
  it('makes a blank course that compiles with no errors and one quiz', async () => {
    const ws = await tempWorkspace();
    const ref = await createCourse(ws, { title: 'Phone Manner', template: 'blank' });
    expect(ref).toEqual({ folder: join(ws.coursesDir, 'phone-manner'), id: 'phone-manner', title: 'Phone Manner' });
    const { course, diagnostics } = await compileCourse(ref.folder);
    expect(diagnostics).toEqual([]);
    expect(course?.modules.map((m) => m.quizzes.length)).toEqual([1]);
    expect(course?.title).toBe('Phone Manner');
  });

  it.each([
    { title: '../../escape', folder: 'escape' },
    { title: 'Service with Purpose', folder: 'service-with-purpose-2' },
    { title: '!!!', folder: 'course' },
    { title: 'Con', folder: 'con-course' },
  ])('keeps $title inside the workspace as $folder', async ({ title, folder }) => {
    const ws = await tempWorkspace();
    const ref = await createCourse(ws, { title, template: 'blank' });
    expect(dirname(ref.folder)).toBe(ws.coursesDir);
    expect(basename(ref.folder)).toBe(folder);
  });

  it('gives unique ids to courses with the same title', async () => {
    const ws = await tempWorkspace();
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await createCourse(ws, { title: 'Same', template: 'blank' })).id);
    expect(ids).toEqual(['same', 'same-2', 'same-3']);
  });

  it.each([
    { id: 'service-with-purpose', code: 'conflict' },
    { id: 'Bad Id', code: 'invalid-argument' },
    { id: '../x', code: 'invalid-argument' },
    // A Windows device name cannot be a folder there, though it is a valid slug.
    { id: 'con', code: 'invalid-argument' },
    { id: 'lpt1', code: 'invalid-argument' },
  ])('refuses the id $id ($code)', async ({ id, code }) => {
    const ws = await tempWorkspace();
    await expect(createCourse(ws, { title: 'T', id, template: 'blank' })).rejects.toMatchObject({ code });
    expect(await listTree(ws.coursesDir)).toEqual([]);
  });

  it('copies a course with only its course files', async () => {
    const ws = await tempWorkspace();
    const ref = await createCourse(ws, { title: 'My Service Course', template: { copyOf: bundledCourse } });
    const { course, diagnostics } = await compileCourse(ref.folder);
    expect(hasErrors(diagnostics)).toBe(false);
    expect(course?.id).toBe('my-service-course');
    expect(course?.modules).toHaveLength(8);
    // The copy's course.yml keeps the original's comments.
    expect(await readFile(join(ref.folder, 'course.yml'), 'utf8')).toContain('# The course that ships with Course Studio');
  });
});

describe('renameCourse, duplicateCourse, deleteCourse', () => {
  it('renames the title, keeps the id and the comments', async () => {
    const ws = await tempWorkspace();
    const ref = await createCourse(ws, { title: 'Old', template: 'blank' });
    const renamed = await renameCourse(ws, ref.folder, 'Brand: New');
    const text = await readFile(join(ref.folder, 'course.yml'), 'utf8');
    expect(renamed).toEqual({ folder: ref.folder, id: 'old', title: 'Brand: New' });
    expect(text).toContain('title: "Brand: New"');
    expect(text).toContain('# The course file');
    expect((await compileCourse(ref.folder)).course?.title).toBe('Brand: New');
  });

  it('changes the id only when asked, and only to a free one', async () => {
    const ws = await tempWorkspace();
    const ref = await createCourse(ws, { title: 'Old', template: 'blank' });
    await expect(renameCourse(ws, ref.folder, 'Old', { newId: 'service-with-purpose' })).rejects.toMatchObject({ code: 'conflict' });
    expect((await renameCourse(ws, ref.folder, 'Old', { newId: 'fresh-id' })).id).toBe('fresh-id');
  });

  it('duplicates under a new id and folder', async () => {
    const ws = await tempWorkspace();
    const ref = await createCourse(ws, { title: 'Original', template: 'blank' });
    const copy = await duplicateCourse(ws, ref.folder, 'Original');
    expect(copy.id).toBe('original-2');
    expect((await compileCourse(copy.folder)).course?.id).toBe('original-2');
  });

  it('moves a deleted course to the trash folder', async () => {
    const ws = await tempWorkspace();
    const ref = await createCourse(ws, { title: 'Gone', template: 'blank' });
    const result = await deleteCourse(ws, ref.folder);
    expect(result).toEqual({ status: 'trashed', trashedTo: join(ws.trashDir, '2025-03-04T05-06-07-000Z-gone') });
    expect(await listTree(ws.coursesDir)).toEqual([]);
    expect(await readFile(join(ws.trashDir, '2025-03-04T05-06-07-000Z-gone', 'course.yml'), 'utf8')).toContain('id: gone');
  });

  it.each([
    ['a bundled course', bundledCourse, 'forbidden'],
    ['a folder outside the library', '/tmp', 'forbidden'],
  ])('refuses to change %s', async (_what, folder, code) => {
    const ws = await tempWorkspace();
    await expect(renameCourse(ws, folder, 'X')).rejects.toMatchObject({ code });
    await expect(deleteCourse(ws, folder)).rejects.toMatchObject({ code });
  });

  it('lists bundled and workspace courses with their ids', async () => {
    const ws = await tempWorkspace();
    await createCourse(ws, { title: 'Mine', template: 'blank' });
    await writeFile(join(ws.coursesDir, 'stray.txt'), 'not a course');
    const courses = await libraryCourses(ws);
    expect(courses.map((c) => [c.source, c.id])).toEqual([
      ['bundled', 'service-with-purpose'],
      ['workspace', 'mine'],
    ]);
  });
});
