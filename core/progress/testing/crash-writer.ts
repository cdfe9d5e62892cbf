import { writeSync } from 'node:fs';
import { openProgressStore } from '../progress-store';
import { answer, fireModule } from './fixtures';

/**
 * The child process of crash.test.ts: saves answers (and now and then a new learner) as fast as
 * it can and prints each one only after its save has resolved, until it is killed with SIGKILL.
 *
 *     node --import tsx crash-writer.ts <dataDir> <learnerId> <round>
 */
const [dataDir, learnerId, round] = process.argv.slice(2);
if (!dataDir || !learnerId || !round) throw new Error('usage: crash-writer.ts <dataDir> <learnerId> <round>');

const store = await openProgressStore({ dataDir });
const { attempt } = await store.startOrResumeAttempt({ learnerId, ...fireModule });
// writeSync: the acknowledgement must reach the pipe before the next save can start, and survive the kill.
const acknowledge = (line: string) => writeSync(1, `${line}\n`);
for (let i = 0; ; i++) {
  if (i % 8 === 7) {
    const learner = await store.addLearner({ name: `Crash ${round}-${i}` });
    acknowledge(`learner ${learner.id}`);
  } else {
    const quizId = `r${round}-q${i}`;
    await store.recordAnswer({ learnerId, attemptId: attempt.id, ...answer(quizId) });
    acknowledge(`answer ${quizId}`);
  }
}
