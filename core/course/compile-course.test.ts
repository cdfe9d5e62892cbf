import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileCourse, createCourseCompiler } from './compile-course';
import { compileModuleSource } from './compile-module';

const example = new URL('../../docs/example-course/', import.meta.url).pathname;
const folders: string[] = [];

function copyOfExample(): string {
  const folder = mkdtempSync(join(tmpdir(), 'course-'));
  folders.push(folder);
  cpSync(example, folder, { recursive: true });
  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const where = (diagnostics: { file: string; line: number; column: number; code: string }[]) =>
  diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);

describe('compileCourse', () => {
  it('compiles the example course with no diagnostics', async () => {
    const { course, diagnostics } = await compileCourse(example);
    expect(diagnostics).toEqual([]);
    expect(course?.modules.map((module) => module.id)).toEqual(['personalities', 'pitch', 'review']);
    expect(course).toMatchObject({
      id: 'consultative-selling',
      version: '1.2',
      language: 'en',
      completion: 'all-graded-modules-passed',
      assetBaseUrl: '/course-assets/consultative-selling/',
    });
    const types = new Set(course?.modules.flatMap((module) => module.quizzes.map((quiz) => quiz.type)));
    expect([...types].sort()).toEqual(['match', 'multiple', 'order', 'reflection', 'scenario', 'single', 'text', 'true-false']);
  });

  it('keeps the module model the API relies on', async () => {
    const { course } = await compileCourse(example, { assetBaseUrl: 'app://assets/' });
    const module = course?.modules[0];
    expect(module).toMatchObject({
      id: 'personalities',
      file: 'modules/01-personalities.md',
      title: 'Customer personalities',
      minutes: 15,
      passMark: 75,
      attempts: 3,
      shuffle: true,
    });
    expect(module?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(module?.pages.map((page) => page.title)).toEqual(['Customer personalities', 'The four styles', 'Check your understanding']);
    expect(JSON.stringify(module?.pages[0])).toContain('src=\\"app://assets/assets/personality-grid.png\\"');
    expect(course?.modules[2]?.pools).toEqual([
      { id: 'objection-pool', draw: 2, quizIds: ['price-objection', 'timing-objection', 'objection-word'] },
    ]);
  });

  it.each([
    [
      'a missing module file',
      (f: string) => rewrite(f, 'course.yml', (t) => t.replace('modules/03-review.md', 'modules/04-gone.md')),
      ['course.yml:8:1 module-not-listed', 'course.yml:11:5 module-missing'],
    ],
    [
      'a module path leaving the folder',
      (f: string) => rewrite(f, 'course.yml', (t) => t.replace('modules/03-review.md', '../outside.md')),
      ['course.yml:8:1 module-not-listed', 'course.yml:11:5 bad-module-path'],
    ],
    [
      'an unknown course key',
      (f: string) => rewrite(f, 'course.yml', (t) => t.replace('author:', 'autor:')),
      ['course.yml:5:1 unknown-key'],
    ],
    [
      'a bad completion rule',
      (f: string) => rewrite(f, 'course.yml', (t) => t.replace('all-graded-modules-passed', 'all-done')),
      ['course.yml:12:13 bad-value'],
    ],
    [
      'a quiz id used in two modules',
      (f: string) => rewrite(f, 'modules/03-review.md', (t) => t.replace('id: practice-listening', 'id: driver-values')),
      ['modules/03-review.md:45:5 duplicate-id'],
    ],
    ['a missing image', (f: string) => rmSync(join(f, 'assets/personality-grid.png')), ['modules/01-personalities.md:15:48 image-missing']],
  ])('reports %s', async (_name, change, expected) => {
    const folder = copyOfExample();
    change(folder);
    expect(where((await compileCourse(folder)).diagnostics)).toEqual(expected);
  });

  it('reports a folder without course.yml instead of throwing', async () => {
    const result = await compileCourse(join(tmpdir(), 'no-such-course-folder'));
    expect(result.course).toBeUndefined();
    expect(where(result.diagnostics)).toEqual(['course.yml:1:1 course-file-missing']);
  });
});

describe('createCourseCompiler', () => {
  it('recompiles only the module that changed', async () => {
    const folder = copyOfExample();
    const compiler = createCourseCompiler();
    await compiler.compile(folder);
    expect(compiler.stats.moduleCompilations).toBe(3);
    await compiler.compile(folder);
    expect(compiler.stats.moduleCompilations).toBe(3);
    rewrite(folder, 'modules/02-pitch.md', (text) => text.replace('A first call in five steps', 'A first call in 5 steps'));
    const { course } = await compiler.compile(folder);
    expect(compiler.stats.moduleCompilations).toBe(4);
    expect(course?.modules[1]?.pages[0]?.title).toBe('A first call in 5 steps');
  });

  it('recompiles a module when an image it uses appears or disappears', async () => {
    const folder = copyOfExample();
    const compiler = createCourseCompiler();
    await compiler.compile(folder);
    rmSync(join(folder, 'assets/personality-grid.png'));
    const { diagnostics } = await compiler.compile(folder);
    expect(compiler.stats.moduleCompilations).toBe(4);
    expect(diagnostics.map((d) => d.code)).toEqual(['image-missing']);
  });
});

describe('the engine never throws on bad content', () => {
  const source = readFileSync(join(example, 'modules/02-pitch.md'), 'utf8');
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const noise = [
    '',
    '\n',
    ':',
    '- ',
    '```',
    ':::',
    '---',
    '{',
    '[',
    '"',
    '\t',
    '  ',
    '#',
    '![x](',
    '\u0000',
    'é',
    '::: pool id=x draw=9\n',
  ];

  it.each(Array.from({ length: 200 }, (_, i) => i))('mutation %i', (i) => {
    let text = source;
    for (let edits = 0; edits < 1 + (i % 8); edits++) {
      const at = Math.floor(random() * text.length);
      const cut = Math.floor(random() * 6);
      text = text.slice(0, at) + (noise[Math.floor(random() * noise.length)] ?? '') + text.slice(at + cut);
    }
    const result = compileModuleSource(text, 'modules/02-pitch.md');
    for (const d of result.diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.message.length).toBeGreaterThan(10);
    }
  });
});

function rewrite(folder: string, file: string, change: (text: string) => string): void {
  const path = join(folder, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}
