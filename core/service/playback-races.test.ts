import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { LearnerDoc } from '../progress';
import { learnerFilePath, learnersDir } from '../progress/paths';
import { useTempDirs } from '../storage/testing/temp-dir';
import type { PlaybackService } from './playback-service';
import { settle, setUpPlayback } from './testing/playback-setup';

/**
 * Two clients (two tabs, or a double click) acting for one learner at the same moment. Each
 * operation must check and change the learner's record in one step, so the second of two answers to
 * a graded question is refused, a scenario never forks and a finish counts every answer it let in.
 */

const tempDir = useTempDirs();
const TRIALS = 60;

async function onDisk(dataDir: string, learnerId: string): Promise<LearnerDoc> {
  return JSON.parse(await readFile(learnerFilePath(learnersDir(dataDir), learnerId), 'utf8')) as LearnerDoc;
}

type Target = { learnerId: string; courseId: string; moduleId: string };

/** Two answers to one graded question while a page save is in flight; returns what went wrong, if anything. */
async function answerTwice(playback: PlaybackService, dataDir: string, target: Target): Promise<string | null> {
  const [, first, second] = await Promise.all([
    settle(playback.savePage({ ...target, page: 1, activeMs: 0 })),
    settle(playback.submitAnswer({ ...target, quizId: 'greet-when', answer: { type: 'single', choice: 'later' } })),
    settle(playback.submitAnswer({ ...target, quizId: 'greet-when', answer: { type: 'single', choice: 'at-once' } })),
  ]);
  const acknowledged = [first, second].filter((call) => call.ok);
  const refused = [first, second].flatMap((call) => (call.ok ? [] : [call.error.code]));
  if (acknowledged.length !== 1 || refused[0] !== 'conflict')
    return `acknowledged ${acknowledged.length}, refused ${refused.join() || 'none'}`;
  const stored = (await onDisk(dataDir, target.learnerId)).attempts[0]?.answers['greet-when'];
  const expected = first.ok ? 'later' : 'at-once';
  if ((stored?.value as { choice?: string } | undefined)?.choice !== expected || stored?.tries !== 1)
    return `stored ${JSON.stringify(stored)}`;
  return null;
}

describe('one learner, two clients at once', () => {
  it('takes exactly one of two answers to a graded question while a page save is in flight', async () => {
    const { playback, store, dataDir } = await setUpPlayback(tempDir);
    const failures: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const learner = await store.addLearner({ name: `Race ${trial}` });
      const target = { learnerId: learner.id, courseId: 'playback-check', moduleId: 'greeting' };
      await playback.openModule(target);
      const failure = await answerTwice(playback, dataDir, target);
      if (failure) failures.push(`trial ${trial}: ${failure}`);
    }
    expect(failures).toEqual([]);
  });

  it('takes exactly one of two answers on the first access after a restart', async () => {
    const { playback, store, dataDir, reopen } = await setUpPlayback(tempDir);
    const targets: Target[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const learner = await store.addLearner({ name: `Restart ${trial}` });
      targets.push({ learnerId: learner.id, courseId: 'playback-check', moduleId: 'greeting' });
      await playback.openModule(targets[trial] as Target);
    }
    await store.idle();
    // Each learner's file is read for the first time by one of the racing calls.
    const restarted = await reopen();
    const failures: string[] = [];
    for (const [trial, target] of targets.entries()) {
      const failure = await answerTwice(restarted.playback, dataDir, target);
      if (failure) failures.push(`trial ${trial}: ${failure}`);
    }
    expect(failures).toEqual([]);
  });

  it('never forks a scenario when two first choices arrive at once, a page save in flight', async () => {
    const { playback, store, dataDir } = await setUpPlayback(tempDir);
    const failures: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const learner = await store.addLearner({ name: `Scenario ${trial}` });
      const pitch = { learnerId: learner.id, courseId: 'consultative-selling', moduleId: 'pitch' };
      await playback.openModule(pitch);
      const [, ...calls] = await Promise.all([
        settle(playback.savePage({ ...pitch, page: 2, activeMs: 0 })),
        ...['apologise', 'policy'].map((choice) => settle(playback.chooseScenario({ ...pitch, quizId: 'late-delivery', path: [choice] }))),
      ]);
      const taken = ['apologise', 'policy'].filter((_choice, i) => calls[i]?.ok);
      const stored = (await onDisk(dataDir, learner.id)).attempts[0]?.scenarioPaths['late-delivery'];
      if (taken.length !== 1 || JSON.stringify(stored) !== JSON.stringify(taken)) {
        failures.push(`trial ${trial}: acknowledged ${taken.join() || 'none'}, stored ${JSON.stringify(stored)}`);
        continue;
      }
      // The learner goes on from the choice they were told was taken.
      const next = taken[0] === 'apologise' ? ['apologise', 'offer'] : null;
      if (next) {
        const goOn = await settle(playback.chooseScenario({ ...pitch, quizId: 'late-delivery', path: next }));
        if (!goOn.ok) failures.push(`trial ${trial}: going on was refused: ${goOn.error.message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('counts in the result every answer acknowledged while finishing (a page save in flight), and stores none it refused', async () => {
    const { playback, store, dataDir } = await setUpPlayback(tempDir);
    const failures: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const learner = await store.addLearner({ name: `Finish ${trial}` });
      const greeting = { learnerId: learner.id, courseId: 'playback-check', moduleId: 'greeting' };
      await playback.openModule(greeting);
      await playback.submitAnswer({ ...greeting, quizId: 'greet-when', answer: { type: 'single', choice: 'at-once' } });
      const [, answer, finish] = await Promise.all([
        settle(playback.savePage({ ...greeting, page: 2, activeMs: 0 })),
        settle(playback.submitAnswer({ ...greeting, quizId: 'use-name', answer: { type: 'true-false', value: true } })),
        settle(playback.finishModule({ ...greeting, activeMs: 0 })),
      ]);
      const attempt = (await onDisk(dataDir, learner.id)).attempts[0];
      const expectedScore = answer.ok ? 2 : 1;
      const problems = [
        !finish.ok && `finish refused: ${finish.error.message}`,
        finish.ok && finish.value.results.score !== expectedScore && `result ${finish.value.results.score}, expected ${expectedScore}`,
        attempt?.result?.score !== expectedScore && `stored result ${attempt?.result?.score}, expected ${expectedScore}`,
        answer.ok !== (attempt?.answers['use-name'] !== undefined) &&
          `answer acknowledged: ${answer.ok}, stored: ${attempt?.answers['use-name'] !== undefined}`,
        !answer.ok && answer.error.code !== 'conflict' && `answer refused with ${answer.error.code}`,
      ].filter((problem) => problem !== false);
      if (problems.length > 0) failures.push(`trial ${trial}: ${problems.join('; ')}`);
    }
    expect(failures).toEqual([]);
  });
});
