import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCourse, deleteCourse } from './library';
import { renameModule } from './module-files';
import { openCourseFolder } from './open-course-folder';
import { bundledCourse, tempDir, tempWorkspace } from './testing/temp-workspace';
import { libraryCourses } from './workspace';

async function outsideCourse(id = 'outside'): Promise<string> {
  const folder = join(await tempDir(), id);
  await mkdir(join(folder, 'modules'), { recursive: true });
  await writeFile(join(folder, 'course.yml'), `id: ${id}\ntitle: Outside\nmodules:\n  - modules/01-a.md\n`);
  await writeFile(join(folder, 'modules/01-a.md'), '---\ntitle: A\n---\n\nHello.\n');
  return folder;
}

describe('openCourseFolder', () => {
  it('links a course folder from elsewhere, so it appears in the library and can be edited', async () => {
    const ws = await tempWorkspace();
    const folder = await outsideCourse();
    const opened = await openCourseFolder(ws, folder);
    expect(opened).toMatchObject({ folder, id: 'outside', title: 'Outside', diagnostics: [] });
    expect(JSON.parse(await readFile(ws.linkedFile, 'utf8')).folders).toEqual([{ path: folder, addedAt: '2025-03-04T05:06:07.000Z' }]);
    expect((await libraryCourses(ws)).find((c) => c.source === 'linked')).toEqual({ folder, id: 'outside', source: 'linked' });
    await renameModule(ws, folder, 'modules/01-a.md', 'Renamed');
    expect(await openCourseFolder(ws, folder)).toMatchObject({ id: 'outside' });
    expect(JSON.parse(await readFile(ws.linkedFile, 'utf8')).folders).toHaveLength(1);
  });

  it('unlinks instead of trashing a linked course', async () => {
    const ws = await tempWorkspace();
    const folder = await outsideCourse();
    await openCourseFolder(ws, folder);
    expect(await deleteCourse(ws, folder)).toEqual({ status: 'unlinked' });
    expect(await readFile(join(folder, 'course.yml'), 'utf8')).toContain('id: outside');
    expect((await libraryCourses(ws)).some((c) => c.source === 'linked')).toBe(false);
  });

  it.each([
    ['a relative path', async () => 'courses/x', 'invalid-argument'],
    ['a path with NUL', async () => '/tmp/a\0b', 'invalid-argument'],
    ['a missing folder', async () => join(await tempDir(), 'nope'), 'not-found'],
    [
      'a file',
      async () => {
        const file = join(await tempDir(), 'file.txt');
        await writeFile(file, 'x');
        return file;
      },
      'invalid-argument',
    ],
    ['a folder without course.yml', async () => tempDir(), 'invalid-argument'],
    [
      'a course.yml that is not a course',
      async () => {
        const folder = await tempDir();
        await writeFile(join(folder, 'course.yml'), 'title: [unclosed\n');
        return folder;
      },
      'invalid-argument',
    ],
    ['the bundled course', async () => bundledCourse, 'invalid-argument'],
    ['a course whose id is taken', async () => outsideCourse('service-with-purpose'), 'conflict'],
  ])('refuses %s', async (_what, path, code) => {
    const ws = await tempWorkspace();
    await expect(openCourseFolder(ws, await path())).rejects.toMatchObject({ code });
    await expect(readFile(ws.linkedFile)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('returns a workspace course as it is', async () => {
    const ws = await tempWorkspace();
    const { folder } = await createCourse(ws, { title: 'Mine', template: 'blank' });
    expect(await openCourseFolder(ws, folder)).toMatchObject({ folder, id: 'mine' });
  });
});
