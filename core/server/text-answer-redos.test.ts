import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PATTERN_INPUT } from '../course/text-answer';
import { openCourseStudio } from '../service/course-studio';
import { startHttpHost, type HttpHost } from './http-server';

// The pattern a backtracking engine needs ~25 s for on a 60-character answer without a "!";
// the one server process answers every client, so that answer used to stall all of them.
const catastrophic = '.*.*.*.*.*.*.*!';

const textQuiz = (id: string) =>
  `\`\`\`quiz\nid: ${id}\ntype: text\nprompt: Say something enthusiastic\npatterns:\n  - "${catastrophic}"\n\`\`\`\n`;

let root: string;
let host: HttpHost;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'course-studio-redos-'));
  const rendererDir = join(root, 'renderer');
  const bundled = join(root, 'courses');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Course Studio</title>');
  await mkdir(join(bundled, 'redos', 'modules'), { recursive: true });
  await writeFile(
    join(bundled, 'redos', 'course.yml'),
    'id: redos\ntitle: Patterns\ndescription: A course with a hostile pattern\nmodules:\n  - modules/01-shout.md\n',
  );
  await writeFile(
    join(bundled, 'redos', 'modules', '01-shout.md'),
    `---\ntitle: Shout\n---\n## Shout\n\n${textQuiz('t1')}\n${textQuiz('t2')}`,
  );
  const studio = await openCourseStudio({ dataDir: join(root, 'data'), bundledCoursesDir: bundled, shell: 'browser', logError: () => {} });
  host = await startHttpHost({ dispatch: studio.dispatch, rendererDir, resolveFile: studio.resolveFile, port: 0 });
});

afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

async function call<T>(method: string, input: object): Promise<T> {
  const response = await fetch(`${host.url}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

interface Graded {
  feedback: { correct: boolean | null; score: number };
}

describe('a catastrophic text-answer pattern over HTTP', () => {
  it('grades the longest hostile answer while another client is answered', async () => {
    const courses = await call<{ id: string; problems: unknown[] }[]>('listCourses', {});
    expect(courses).toEqual([expect.objectContaining({ id: 'redos', problems: [] })]);
    const learner = await call<{ id: string }>('addLearner', { name: 'Pat Tern' });
    const target = { learnerId: learner.id, courseId: 'redos', moduleId: 'shout' };
    await call('openModule', target);

    const hostile = 'a'.repeat(MAX_PATTERN_INPUT);
    const started = performance.now();
    const submitted = call<Graded>('submitAnswer', { ...target, quizId: 't1', answer: { type: 'text', text: hostile } }).then((value) => ({
      value,
      ms: performance.now() - started,
    }));
    // Another client's cheap call, sent while the hostile answer is with the server.
    const cheap = call<unknown[]>('listLearners', {}).then((value) => ({ value, ms: performance.now() - started }));
    const [graded, other] = await Promise.all([submitted, cheap]);

    expect(other.value).toHaveLength(1);
    expect(graded.value.feedback).toMatchObject({ correct: false, score: 0 });
    console.log(
      `hostile ${MAX_PATTERN_INPUT}-character answer graded in ${graded.ms.toFixed(1)} ms; concurrent listLearners answered in ${other.ms.toFixed(1)} ms`,
    );

    const right = await call<Graded>('submitAnswer', {
      ...target,
      quizId: 't2',
      answer: { type: 'text', text: 'a'.repeat(MAX_PATTERN_INPUT - 1) + '!' },
    });
    expect(right.feedback).toMatchObject({ correct: true, score: 1 });
  });
});
