import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { openProgressStore } from '../progress';
import { FaultyFs } from '../progress/testing/faulty-fs';
import { useTempDirs } from '../progress/testing/temp-dir';
import { findCourseFolders } from '../workspace/course-folders';
import { courseRoots } from '../workspace/course-roots';
import { createCourseCatalog } from './course-catalog';
import { createPlaybackService } from './playback-service';

const tempDir = useTempDirs();

/** A playback service over copies of the test course and the documented example course. */
async function setUp(options: { fs?: FaultyFs } = {}) {
  const root = await tempDir();
  const bundled = join(root, 'bundled');
  await cp('tests/fixtures/courses/playback-check', join(bundled, 'playback-check'), { recursive: true });
  await cp('docs/example-course', join(bundled, 'example-course'), { recursive: true });
  const dataDir = join(root, 'data');
  const store = await openProgressStore({ dataDir, ...(options.fs && { fs: options.fs }) });
  const playback = createPlaybackService(createCourseCatalog(() => findCourseFolders(courseRoots(dataDir, bundled))), store);
  const learner = await store.addLearner({ name: 'Ana Lopez' });
  const greeting = { learnerId: learner.id, courseId: 'playback-check', moduleId: 'greeting' };
  return { root, dataDir, store, playback, learner, greeting };
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('playback', () => {
  it('starts attempt 1 on first open and resumes it, page and answers, in a new service over the same folder', async () => {
    const { playback, store, dataDir, root, greeting } = await setUp();
    const opened = await playback.openModule(greeting);
    expect(opened.attemptNumber).toBe(1);
    expect(opened.page).toBe(0);
    expect(JSON.stringify(opened.module)).not.toContain('"correct"');

    await playback.savePage({ ...greeting, page: 1, activeMs: 1500 });
    const { feedback } = await playback.submitAnswer({ ...greeting, quizId: 'greet-when', answer: { type: 'single', choice: 'at-once' } });
    expect(feedback).toMatchObject({ correct: true, score: 1, maxScore: 1 });
    expect(feedback).not.toHaveProperty('correctAnswer');
    await store.idle();

    const reopenedStore = await openProgressStore({ dataDir });
    const again = createPlaybackService(createCourseCatalog(() => findCourseFolders(courseRoots(dataDir, join(root, 'bundled')))), reopenedStore);
    const resumed = await again.openModule(greeting);
    expect(resumed.attemptNumber).toBe(1);
    expect(resumed.page).toBe(1);
    expect(resumed.answers['greet-when']?.answer).toEqual({ type: 'single', choice: 'at-once' });
    expect(resumed.answers['greet-when']?.feedback.correct).toBe(true);
    expect((await reopenedStore.currentAttempt(greeting.learnerId, 'playback-check', 'greeting'))?.durationMs).toBe(1500);
  });

  it('takes one answer per graded question per attempt', async () => {
    const { playback, greeting } = await setUp();
    await playback.openModule(greeting);
    await playback.submitAnswer({ ...greeting, quizId: 'greet-when', answer: { type: 'single', choice: 'later' } });
    const error = await rejection(playback.submitAnswer({ ...greeting, quizId: 'greet-when', answer: { type: 'single', choice: 'at-once' } }));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('already answered');
  });

  it('scores a finished attempt, shows what was missed, and retakes until the attempts run out', async () => {
    const { playback, greeting } = await setUp();
    await playback.openModule(greeting);
    await playback.submitAnswer({ ...greeting, quizId: 'greet-when', answer: { type: 'single', choice: 'later' } });
    await playback.submitAnswer({ ...greeting, quizId: 'use-name', answer: { type: 'true-false', value: true } });
    const { results } = await playback.finishModule({ ...greeting, activeMs: 0 });
    expect(results).toMatchObject({ attemptNumber: 1, score: 1, maxScore: 2, percent: 50, passMark: 100, passed: false, attemptsLeft: 2 });
    expect(results.missed).toEqual([{ quizId: 'greet-when', prompt: expect.stringContaining('When should you greet'), explanation: expect.stringContaining('ten seconds') }]);

    const reviewed = await playback.openModule(greeting);
    expect(reviewed.results?.percent).toBe(50);

    for (const attempt of [2, 3]) {
      const { state } = await playback.retakeModule(greeting);
      expect(state.attemptNumber).toBe(attempt);
      expect(state.answers).toEqual({});
      await playback.finishModule({ ...greeting, activeMs: 0 });
    }
    const error = await rejection(playback.retakeModule(greeting));
    expect(error.code).toBe('forbidden');
    expect(error.message).toContain('allows 3 attempts');
  });

  it('draws pool questions per attempt without repeating one until the pool is used up', async () => {
    const { playback, learner } = await setUp();
    const review = { learnerId: learner.id, courseId: 'consultative-selling', moduleId: 'review' };
    const draws: string[][] = [];
    let state = await playback.openModule(review);
    for (let attempt = 1; attempt <= 3; attempt++) {
      const pooled = Object.keys(state.module.quizzes).filter((id) => ['price-objection', 'timing-objection', 'objection-word'].includes(id));
      expect(pooled).toHaveLength(2);
      const blocks = state.module.pages.flatMap((page) => page.blocks);
      expect(blocks.some((block) => block.kind === 'pool')).toBe(false);
      draws.push(pooled.sort());
      await playback.finishModule({ ...review, activeMs: 0 });
      if (attempt < 3) state = (await playback.retakeModule(review)).state;
    }
    // Three questions, two per attempt: the second attempt must include the one the first left out.
    const [first, second] = draws as [string[], string[]];
    const leftOut = ['objection-word', 'price-objection', 'timing-objection'].find((id) => !first.includes(id));
    expect(second).toContain(leftOut);
  });

  it('plays a scenario one choice at a time and scores its outcome', async () => {
    const { playback, learner } = await setUp();
    const pitch = { learnerId: learner.id, courseId: 'consultative-selling', moduleId: 'pitch' };
    const state = await playback.openModule(pitch);
    const scenario = state.module.quizzes['late-delivery'];
    if (scenario?.type !== 'scenario') throw new Error('the example course lost its scenario');
    const firstChoice = scenario.start.choices[0]?.id as string;

    const { trail } = await playback.chooseScenario({ ...pitch, quizId: 'late-delivery', path: [firstChoice] });
    expect(trail.steps[0]?.chosen).toBe(firstChoice);

    const skipped = await rejection(playback.chooseScenario({ ...pitch, quizId: 'late-delivery', path: [firstChoice, 'a', 'b'] }));
    expect(skipped.code).toBe('conflict');
    const unknown = await rejection(playback.chooseScenario({ ...pitch, quizId: 'late-delivery', path: [firstChoice, 'no-such-choice'] }));
    expect(unknown.code).toBe('invalid-argument');

    let path = [firstChoice];
    let current = trail;
    while (!current.outcome) {
      const next = current.steps.at(-1)?.step.choices[0]?.id;
      if (!next) throw new Error('a scenario step without choices');
      path = [...path, next];
      current = (await playback.chooseScenario({ ...pitch, quizId: 'late-delivery', path })).trail;
    }
    expect(current.outcome.maxScore).toBeGreaterThan(0);
    const reopened = await playback.openModule(pitch);
    expect(reopened.scenarios['late-delivery']?.outcome?.title).toBe(current.outcome.title);
  });

  it('reports "not saved" when the disk refuses, keeps the answer, and saves it with the next change', async () => {
    const fs = new FaultyFs();
    const { playback, greeting, store } = await setUp({ fs });
    await playback.openModule(greeting);
    fs.fail('rename', 'ENOSPC');
    const answered = await playback.submitAnswer({ ...greeting, quizId: 'greet-when', answer: { type: 'single', choice: 'at-once' } });
    expect(answered.feedback.correct).toBe(true);
    expect(answered.save).toMatchObject({ saved: false, message: expect.stringMatching(/full|space/i) });
    expect(store.hasUnsavedChanges()).toBe(true);

    fs.heal();
    const paged = await playback.savePage({ ...greeting, page: 2, activeMs: 0 });
    expect(paged.save).toEqual({ saved: true });
    expect(store.hasUnsavedChanges()).toBe(false);
    expect((await store.currentAttempt(greeting.learnerId, 'playback-check', 'greeting'))?.answers['greet-when']?.correct).toBe(true);
  });

  it.each([
    ['an unknown course', { courseId: 'nope', moduleId: 'greeting' }, 'not-found'],
    ['an unknown module', { courseId: 'playback-check', moduleId: 'nope' }, 'not-found'],
  ])('refuses %s in words', async (_case, target, code) => {
    const { playback, learner } = await setUp();
    const error = await rejection(playback.openModule({ learnerId: learner.id, ...target }));
    expect(error.code).toBe(code);
    expect(error.message).toContain('nope');
  });
});
