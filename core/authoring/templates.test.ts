import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileCourse } from '../course/index';
import { blankCourseYml, newModule, starterModule, STARTER_MODULE_FILE } from './templates';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function courseFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'template-'));
  folders.push(folder);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

// Titles YAML would cut or misread if written plainly: ' #' starts a comment, ': ' a key.
const titles = ['Phone Manner', 'Rule # 1: greet first', 'Part 2 #basics', 'yes'];

// [template, files, what the compiled course must show]
const templates: [string, Record<string, string>, { title: string; moduleTitles: string[]; explanations: string[] }][] = [
  ...titles.map((title): [string, Record<string, string>, { title: string; moduleTitles: string[]; explanations: string[] }] => [
    `blank course titled ${JSON.stringify(title)}`,
    { 'course.yml': blankCourseYml('c', title), [STARTER_MODULE_FILE]: starterModule() },
    { title, moduleTitles: ['Getting started'], explanations: ['Each ## heading starts a page titled by the heading.'] },
  ]),
  ...titles.map((title): [string, Record<string, string>, { title: string; moduleTitles: string[]; explanations: string[] }] => [
    `new module titled ${JSON.stringify(title)}`,
    { 'course.yml': blankCourseYml('c', 'C').replace(STARTER_MODULE_FILE, 'modules/01-new.md'), 'modules/01-new.md': newModule(title) },
    { title: 'C', moduleTitles: [title], explanations: [] },
  ]),
];

describe('templates', () => {
  it.each(templates)('%s compiles with no diagnostics and its text complete', async (_name, files, shows) => {
    const { course, diagnostics } = await compileCourse(courseFolder(files));
    expect(diagnostics).toEqual([]);
    expect(course?.title).toBe(shows.title);
    expect(course?.modules.map((module) => module.title)).toEqual(shows.moduleTitles);
    expect(course?.modules.flatMap((module) => module.quizzes.map((quiz) => quiz.explanation))).toEqual(shows.explanations);
  });
});
