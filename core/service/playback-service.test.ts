import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../api/playback-types';
import type { LearnerDoc } from '../progress';
import { learnerFilePath, learnersDir } from '../progress/paths';
import { TestClock } from '../progress/testing/clock';
import { FaultyFs } from '../storage/testing/faulty-fs';
import { useTempDirs } from '../storage/testing/temp-dir';
import { rejection, setUpPlayback } from './testing/playback-setup';

const tempDir = useTempDirs();

async function onDisk(dataDir: string, learnerId: string): Promise<LearnerDoc> {
  return JSON.parse(await readFile(learnerFilePath(learnersDir(dataDir), learnerId), 'utf8')) as LearnerDoc;
}
const setUp = (options: { fs?: FaultyFs; clock?: TestClock } = {}) => setUpPlayback(tempDir, options);

describe('playback', () => {
  it('starts attempt 1 on first open and resumes it, page and answers, in a new service over the same folder', async () => {
    const clock = new TestClock();
    const { playback, store, greeting, reopen } = await setUp({ clock });
    const opened = await playback.openModule(greeting);
    expect(opened.attemptNumber).toBe(1);
    expect(opened.page).toBe(0);
    expect(JSON.stringify(opened.module)).not.toContain('"correct"');

    clock.advance(2000);
    await playback.savePage({ ...greeting, page: 1, activeMs: 1500 });
    const { feedback } = await playback.submitAnswer({ ...greeting, quizId: 'greet-when', answer: { type: 'single', choice: 'at-once' } });
    expect(feedback).toMatchObject({ correct: true, score: 1, maxScore: 1 });
    expect(feedback).not.toHaveProperty('correctAnswer');
    await store.idle();

    const again = await reopen();
    const resumed = await again.playback.openModule(greeting);
    expect(resumed.attemptNumber).toBe(1);
    expect(resumed.page).toBe(1);
    expect(resumed.answers['greet-when']?.answer).toEqual({ type: 'single', choice: 'at-once' });
    expect(resumed.answers['greet-when']?.feedback.correct).toBe(true);
    expect((await again.store.currentAttempt(greeting.learnerId, 'playback-check', 'greeting'))?.durationMs).toBe(1500);
  });

  it('takes one answer per graded question per attempt', async () => {
    const { playback, greeting } = await setUp();
    await playback.openModule(greeting);
    await playback.submitAnswer({ ...greeting, quizId: 'greet-when', answer: { type: 'single', choice: 'later' } });
    const error = await rejection(
      playback.submitAnswer({ ...greeting, quizId: 'greet-when', answer: { type: 'single', choice: 'at-once' } }),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('already answered');
  });

  const manyPairs = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`made-up-${i}`, 'speed']));
  it.each<[string, string, string, Answer, Answer]>([
    [
      '200,000 made-up match pairs',
      'personalities',
      'match-styles',
      { type: 'match', pairs: manyPairs },
      { type: 'match', pairs: { driver: 'speed', amiable: 'trust', analytical: 'accuracy' } },
    ],
    ['an unknown choice', 'greeting', 'greet-when', { type: 'single', choice: 'never' }, { type: 'single', choice: 'at-once' }],
    ['a wrong-type answer', 'greeting', 'greet-when', { type: 'reflection' }, { type: 'single', choice: 'later' }],
    [
      'a repeated choice',
      'personalities',
      'analytical-signals',
      { type: 'multiple', choices: ['questions', 'questions'] },
      { type: 'multiple', choices: ['questions'] },
    ],
    [
      'an ordering that leaves an item out',
      'pitch',
      'first-call-order',
      { type: 'order', order: ['greet', 'confirm-time'] },
      { type: 'order', order: ['greet', 'confirm-time', 'open-question', 'summarise', 'next-step'] },
    ],
    ['a rating of 999 on a 1-5 scale', 'pitch', 'confidence', { type: 'reflection', value: 999 }, { type: 'reflection', value: 4 }],
    ['a rating of 1e308', 'pitch', 'confidence', { type: 'reflection', value: 1e308 }, { type: 'reflection', value: 4 }],
    [
      'a text answer longer than 2000 characters',
      'farewell',
      'close-word',
      { type: 'text', text: 'thanks '.repeat(300) },
      { type: 'text', text: 'thanks' },
    ],
  ])(
    'refuses %s as a bad request that reveals nothing, stores nothing and leaves the question open',
    async (_case, moduleId, quizId, bad, good) => {
      const { playback, learner, dataDir } = await setUp();
      const courseId = moduleId === 'greeting' || moduleId === 'farewell' ? 'playback-check' : 'consultative-selling';
      const target = { learnerId: learner.id, courseId, moduleId };
      await playback.openModule(target);
      const error = await rejection(playback.submitAnswer({ ...target, quizId, answer: bad }));
      expect(error.code).toBe('bad-request');
      expect(error.message).toContain('Nothing was saved');
      expect(error.message).not.toMatch(/ten seconds|within|speed and results|Greet and introduce/i);
      const stored = (await onDisk(dataDir, learner.id)).attempts[0];
      expect(stored?.answers[quizId]).toBeUndefined();
      expect(JSON.stringify(stored).length).toBeLessThan(2000);
      const { feedback } = await playback.submitAnswer({ ...target, quizId, answer: good });
      expect(feedback.error).toBeUndefined();
      expect((await onDisk(dataDir, learner.id)).attempts[0]?.answers[quizId]).toMatchObject({ value: good, tries: 1 });
    },
  );

  it('shows an answer stored before answers were checked with the score it earned, not as an error', async () => {
    const { playback, store, greeting } = await setUp();
    await playback.openModule(greeting);
    const attempt = await store.currentAttempt(greeting.learnerId, 'playback-check', 'greeting');
    const ref = { learnerId: greeting.learnerId, attemptId: attempt?.id ?? '', moduleHash: attempt?.moduleHash ?? '' };
    await store.recordAnswer({
      ...ref,
      quizId: 'greet-when',
      value: { type: 'single', choice: 'gone' },
      correct: false,
      score: 0,
      maxScore: 1,
    });
    const resumed = await playback.openModule(greeting);
    expect(resumed.answers['greet-when']?.feedback).toEqual({ correct: false, score: 0, maxScore: 1, graded: true, feedback: [] });
  });

  it('credits active time up to the wall-clock time since the last report: 100 reports of 24 hours in a minute add a minute', async () => {
    const clock = new TestClock();
    const { playback, greeting, dataDir } = await setUp({ clock });
    await playback.openModule(greeting);
    const day = 24 * 60 * 60 * 1000;
    for (let report = 0; report < 100; report++) {
      clock.advance(600);
      await playback.savePage({ ...greeting, page: report % 3, activeMs: day });
    }
    clock.advance(600);
    await playback.finishModule({ ...greeting, activeMs: day });
    // 101 reports 0.6 s apart: 60.6 s went by, so no more than that can have been active.
    expect((await onDisk(dataDir, greeting.learnerId)).attempts[0]?.durationMs).toBe(60_600);
  });

  it('credits a report in full when that much time has passed', async () => {
    const clock = new TestClock();
    const { playback, greeting, dataDir } = await setUp({ clock });
    await playback.openModule(greeting);
    clock.advance(10 * 60 * 1000);
    await playback.savePage({ ...greeting, page: 1, activeMs: 4 * 60 * 1000 });
    clock.advance(30_000);
    await playback.savePage({ ...greeting, page: 2, activeMs: 25_000 });
    expect((await onDisk(dataDir, greeting.learnerId)).attempts[0]?.durationMs).toBe(4 * 60 * 1000 + 25_000);
  });

  it('scores a finished attempt, shows what was missed, and retakes until the attempts run out', async () => {
    const { playback, greeting } = await setUp();
    await playback.openModule(greeting);
    await playback.submitAnswer({ ...greeting, quizId: 'greet-when', answer: { type: 'single', choice: 'later' } });
    await playback.submitAnswer({ ...greeting, quizId: 'use-name', answer: { type: 'true-false', value: true } });
    const { results } = await playback.finishModule({ ...greeting, activeMs: 0 });
    expect(results).toMatchObject({ attemptNumber: 1, score: 1, maxScore: 2, percent: 50, passMark: 100, passed: false, attemptsLeft: 2 });
    expect(results.missed).toEqual([
      {
        quizId: 'greet-when',
        prompt: expect.stringContaining('When should you greet'),
        explanation: expect.stringContaining('ten seconds'),
      },
    ]);

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
      const pooled = Object.keys(state.module.quizzes).filter((id) =>
        ['price-objection', 'timing-objection', 'objection-word'].includes(id),
      );
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
