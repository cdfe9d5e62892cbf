import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'core/course/check-course-cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('check-course', () => {
  it('passes the example course with exit code 0', () => {
    const { code, out } = run('docs/example-course');
    expect(out).toBe('0 errors, 0 warnings (3 modules, 13 quizzes)\n');
    expect(code).toBe(0);
  });

  it('prints errors compiler-style relative to the working directory and exits 1', () => {
    const folder = mkdtempSync(join(root, 'tmp-course-'));
    try {
      cpSync(join(root, 'docs/example-course'), folder, { recursive: true });
      writeFileSync(join(folder, 'modules/03-review.md'), '---\ntitle: Review\npasmark: 3\n---\n');
      const name = folder.slice(root.length);
      const { code, out } = run(name);
      expect(out.split('\n')).toEqual([
        `${name}/modules/03-review.md:3:1 error: unknown key 'pasmark' in front matter; did you mean 'pass-mark'?`,
        '1 error, 0 warnings (3 modules, 9 quizzes)',
        '',
      ]);
      expect(code).toBe(1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("prints a YAML error in a trainer's words, with the parser's wording on the next line", () => {
    const folder = mkdtempSync(join(root, 'tmp-course-'));
    try {
      cpSync(join(root, 'docs/example-course'), folder, { recursive: true });
      writeFileSync(join(folder, 'modules/03-review.md'), '---\ntitle: Review: the basics\n---\n');
      const name = folder.slice(root.length);
      const { code, out } = run(name);
      expect(out.split('\n')).toEqual([
        `${name}/modules/03-review.md:2:8 error: the text of 'title' contains ': ', which YAML reads as the start of another key; put the whole text in quotes: title: "Review: the basics"`,
        '    detail: Nested mappings are not allowed in compact mappings',
        '1 error, 0 warnings (3 modules, 9 quizzes)',
        '',
      ]);
      expect(code).toBe(1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it.each([[[]], [['a', 'b']], [[join(tmpdir(), 'no-such-folder-for-check-course')]]])('exits 2 on usage errors %j', (args) => {
    const { code, err } = run(...args);
    expect(code).toBe(2);
    expect(err).not.toBe('');
  });
});
