import { describe, expect, it } from 'vitest';
import { decodeLearnerDoc, NewerSchemaError, UNKNOWN_V1_MODULE_HASH } from './learner-doc-codec';
import { learnerDocSchema } from './schema';
import { v1Example } from './testing/fixtures';

let counter = 0;
const randomId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

describe('decodeLearnerDoc', () => {
  it('migrates a v1 file to one in-progress attempt per module, keeping every answer', () => {
    const { doc, migratedFrom } = decodeLearnerDoc(v1Example, randomId);
    expect(migratedFrom).toBe(1);
    expect(learnerDocSchema.safeParse(doc).success).toBe(true);
    const summary = doc.attempts.map((attempt) => ({
      module: attempt.moduleId,
      hash: attempt.moduleHash,
      status: attempt.status,
      page: attempt.pageIndex,
      answers: Object.fromEntries(
        Object.entries(attempt.answers).map(([quizId, answer]) => [quizId, [answer.value, answer.correct, answer.tries]]),
      ),
      updatedAt: attempt.updatedAt,
    }));
    expect(summary).toEqual([
      {
        module: 'fire',
        hash: UNKNOWN_V1_MODULE_HASH,
        status: 'in-progress',
        page: 2,
        answers: { q1: [{ type: 'single', choice: 'a' }, true, 2], q2: [{ type: 'true-false', value: true }, true, 1] },
        updatedAt: '2024-03-01T09:07:00.000Z',
      },
      {
        module: 'spill',
        hash: UNKNOWN_V1_MODULE_HASH,
        status: 'in-progress',
        page: 0,
        answers: { r1: [{ type: 'text', text: 'absorb' }, null, 1] },
        updatedAt: '2024-03-02T10:00:00.000Z',
      },
      { module: 'exits', hash: UNKNOWN_V1_MODULE_HASH, status: 'in-progress', page: 1, answers: {}, updatedAt: '2024-03-01T09:00:00.000Z' },
    ]);
  });

  it('passes a current document through unchanged', () => {
    const current = decodeLearnerDoc(v1Example, randomId).doc;
    expect(decodeLearnerDoc(JSON.parse(JSON.stringify(current)), randomId)).toEqual({ doc: current, migratedFrom: null });
  });

  it.each([
    ['a file from a newer app', { schemaVersion: 3, learner: {}, attempts: [] }, NewerSchemaError],
    ['a v1 file with a broken answer', { ...v1Example, answers: [{ quizId: 'q1' }] }, Error],
    ['a document without attempts', { schemaVersion: 2, learner: v1Example.learner }, Error],
    ['an array', [], Error],
  ])('refuses %s', (_label, json, errorType) => {
    expect(() => decodeLearnerDoc(json, randomId)).toThrow(errorType);
  });
});
