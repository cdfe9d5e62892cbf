import type { ProgressStore } from '../progress-store';

/** Shared test data: a module at two versions and a file written by schema version 1. */

export const HASH_V1 = 'a'.repeat(64);
export const HASH_V2 = 'b'.repeat(64);

export const fireModule = { courseId: 'safety', courseVersion: '1.0.0', moduleId: 'fire', moduleHash: HASH_V1, pageCount: 5 };

export async function learnerWithAttempt(store: ProgressStore, name = 'Ana Lima') {
  const learner = await store.addLearner({ name });
  const { attempt } = await store.startOrResumeAttempt({ learnerId: learner.id, ...fireModule });
  return { learner, attempt, ref: { learnerId: learner.id, attemptId: attempt.id } };
}

export function answer(quizId: string, correct = true) {
  return {
    moduleHash: HASH_V1,
    quizId,
    value: { type: 'single', choice: correct ? 'a' : 'b' },
    correct,
    score: correct ? 1 : 0,
    maxScore: 1,
  };
}

export const V1_LEARNER_ID = '3f0c8a52-6a55-4c57-9b87-0a3d1d2f8e11';

export const v1Example = {
  version: 1,
  learner: { id: V1_LEARNER_ID, name: 'Ana Lima', createdAt: '2024-03-01T09:00:00.000Z' },
  answers: [
    {
      courseId: 'safety',
      moduleId: 'fire',
      quizId: 'q1',
      answer: { type: 'single', choice: 'b' },
      correct: false,
      score: 0,
      maxScore: 1,
      at: '2024-03-01T09:05:00.000Z',
    },
    {
      courseId: 'safety',
      moduleId: 'fire',
      quizId: 'q2',
      answer: { type: 'true-false', value: true },
      correct: true,
      score: 1,
      maxScore: 1,
      at: '2024-03-01T09:06:00.000Z',
    },
    {
      courseId: 'safety',
      moduleId: 'fire',
      quizId: 'q1',
      answer: { type: 'single', choice: 'a' },
      correct: true,
      score: 1,
      maxScore: 1,
      at: '2024-03-01T09:07:00.000Z',
    },
    {
      courseId: 'safety',
      moduleId: 'spill',
      quizId: 'r1',
      answer: { type: 'text', text: 'absorb' },
      correct: null,
      score: 0,
      maxScore: 0,
      at: '2024-03-02T10:00:00.000Z',
    },
  ],
  pages: { 'safety/fire': 2, 'safety/exits': 1 },
};
