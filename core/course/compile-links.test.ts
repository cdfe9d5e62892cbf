import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileCourse } from './compile-course';

/**
 * A course folder may come from anyone; a link inside it must never make the compiler read (and
 * then show to learners) a file from elsewhere on the machine.
 */
const example = new URL('../../docs/example-course/', import.meta.url).pathname;
const made: string[] = [];

function setUp(): { folder: string; outside: string } {
  const dir = mkdtempSync(join(tmpdir(), 'compile-links-'));
  made.push(dir);
  const folder = join(dir, 'course');
  const outside = join(dir, 'outside');
  cpSync(example, folder, { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.md'), '---\ntitle: Secret\n---\n\n## Secret page\n\nroot:x:0:0 SECRET-CONTENT\n');
  writeFileSync(join(outside, 'grid.png'), 'outside image');
  return { folder, outside };
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const where = (diagnostics: { file: string; line: number; column: number; code: string }[]) =>
  diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);

describe('compileCourse and links inside the course folder', () => {
  it('does not read a module file that is a link, and says so at its course.yml line', async () => {
    const { folder, outside } = setUp();
    rmSync(join(folder, 'modules', '03-review.md'));
    symlinkSync(join(outside, 'secret.md'), join(folder, 'modules', '03-review.md'));
    const { course, diagnostics } = await compileCourse(folder);
    expect(JSON.stringify(course)).not.toContain('SECRET-CONTENT');
    const link = diagnostics.find((d) => d.code === 'file-is-link');
    expect(link).toMatchObject({ file: 'course.yml', line: 11, column: 5, severity: 'error' });
    expect(link?.message).toMatch(/module file 'modules\/03-review\.md' listed in course\.yml is a link .*not read/);
    expect(course?.modules.map((m) => m.id)).toEqual(['personalities', 'pitch']);
  });

  it('does not read a course.yml that is a link', async () => {
    const { folder, outside } = setUp();
    writeFileSync(join(outside, 'course.yml'), 'id: stolen\ntitle: Stolen\nmodules: []\n');
    rmSync(join(folder, 'course.yml'));
    symlinkSync(join(outside, 'course.yml'), join(folder, 'course.yml'));
    const { course, diagnostics } = await compileCourse(folder);
    expect(course).toBeUndefined();
    expect(where(diagnostics)).toEqual(['course.yml:1:1 file-is-link']);
  });

  it('does not read modules through a linked modules folder', async () => {
    const { folder, outside } = setUp();
    rmSync(join(folder, 'modules'), { recursive: true });
    cpSync(join(example, 'modules'), join(outside, 'modules'), { recursive: true });
    symlinkSync(join(outside, 'modules'), join(folder, 'modules'));
    const { course, diagnostics } = await compileCourse(folder);
    expect(course?.modules).toEqual([]);
    expect(diagnostics.filter((d) => d.code === 'file-is-link').map((d) => d.line)).toEqual([9, 10, 11]);
  });

  it('treats an image that is a link, or inside a linked assets folder, as missing', async () => {
    const { folder, outside } = setUp();
    rmSync(join(folder, 'assets', 'personality-grid.png'));
    symlinkSync(join(outside, 'grid.png'), join(folder, 'assets', 'personality-grid.png'));
    expect(where((await compileCourse(folder)).diagnostics)).toEqual(['modules/01-personalities.md:15:48 image-missing']);

    rmSync(join(folder, 'assets'), { recursive: true });
    mkdirSync(join(outside, 'assets'));
    writeFileSync(join(outside, 'assets', 'personality-grid.png'), 'outside image');
    symlinkSync(join(outside, 'assets'), join(folder, 'assets'));
    expect(where((await compileCourse(folder)).diagnostics)).toEqual(['modules/01-personalities.md:15:48 image-missing']);
  });

  it('compiles a course whose own folder is a link (a linked course folder opened from anywhere)', async () => {
    const { folder } = setUp();
    const alias = join(folder, '..', 'alias');
    symlinkSync(folder, alias);
    expect((await compileCourse(alias)).diagnostics).toEqual([]);
  });
});
