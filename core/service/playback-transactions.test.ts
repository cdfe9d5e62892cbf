import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors';
import { compileCourse, seededRandom, type ModuleModel } from '../course';
import { CURRENT_SCHEMA_VERSION, type LearnerDoc } from '../progress/schema';
import { LearnerTransaction } from '../progress/learner-transaction';
import * as operations from './playback-transactions';

/**
 * The playback rules on a learner's record in memory: no store, no disk. Each call gets its own
 * transaction over the same document, as consecutive operations would.
 */

const LEARNER = '3f0c8a52-6a55-4c57-9b87-0a3d1d2f8e11';
let ids = 0;
const context = () => ({
  now: new Date(Date.UTC(2025, 2, 1, 9, 0, ids)).toISOString(),
  randomId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
});

async function pitch(): Promise<operations.ModuleInPlay> {
  const { course } = await compileCourse(new URL('../../docs/example-course/', import.meta.url).pathname);
  const module = course?.modules.find((candidate) => candidate.id === 'pitch') as ModuleModel;
  return { courseId: 'consultative-selling', courseVersion: '1.2', module };
}

/** Runs one operation on `doc` as its own transaction; returns its value and whether it changed the document. */
function apply<R>(doc: LearnerDoc, operation: (tx: LearnerTransaction) => R): { value: R; changed: boolean } {
  const tx = new LearnerTransaction(doc, context());
  const value = operation(tx);
  return { value, changed: tx.changed };
}

function refusal(doc: LearnerDoc, operation: (tx: LearnerTransaction) => unknown): { code: string; changed: boolean } {
  const tx = new LearnerTransaction(doc, context());
  try {
    operation(tx);
  } catch (error) {
    if (error instanceof ApiError) return { code: error.code, changed: tx.changed };
    throw error;
  }
  throw new Error('expected the operation to be refused');
}

async function opened() {
  const target = await pitch();
  const doc: LearnerDoc = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    learner: { id: LEARNER, name: 'Ana', createdAt: context().now },
    attempts: [],
  };
  apply(doc, (tx) => operations.openModule(tx, target, { random: seededRandom(1) }));
  return { doc, target };
}

const order = { type: 'order' as const, order: ['greet', 'confirm-time', 'open-question', 'summarise', 'next-step'] };

describe('playback operations on a learner record', () => {
  it('refuses a second answer to a graded question, changing nothing', async () => {
    const { doc, target } = await opened();
    expect(apply(doc, (tx) => operations.submitAnswer(tx, target, { quizId: 'first-call-order', answer: order })).value.correct).toBe(true);
    const before = structuredClone(doc);
    expect(refusal(doc, (tx) => operations.submitAnswer(tx, target, { quizId: 'first-call-order', answer: order }))).toEqual({
      code: 'conflict',
      changed: false,
    });
    expect(doc).toEqual(before);
  });

  it('refuses an answer that does not fit as a bad request, before anything is recorded', async () => {
    const { doc, target } = await opened();
    const wrongType = refusal(doc, (tx) =>
      operations.submitAnswer(tx, target, { quizId: 'first-call-order', answer: { type: 'reflection' } }),
    );
    expect(wrongType).toEqual({ code: 'bad-request', changed: false });
    expect(doc.attempts[0]?.answers).toEqual({});
  });

  it('takes a scenario choice only when it extends the path already taken', async () => {
    const { doc, target } = await opened();
    apply(doc, (tx) => operations.chooseScenario(tx, target, { quizId: 'late-delivery', path: ['apologise'] }));
    expect(refusal(doc, (tx) => operations.chooseScenario(tx, target, { quizId: 'late-delivery', path: ['policy'] })).code).toBe(
      'conflict',
    );
    const { value } = apply(doc, (tx) => operations.chooseScenario(tx, target, { quizId: 'late-delivery', path: ['apologise', 'offer'] }));
    expect(value.outcome?.title).toBe('Sam stays a customer');
    expect(doc.attempts[0]?.scenarioPaths['late-delivery']).toEqual(['apologise', 'offer']);
  });

  it('finishes on every answer recorded so far, and takes none after', async () => {
    const { doc, target } = await opened();
    apply(doc, (tx) => operations.submitAnswer(tx, target, { quizId: 'first-call-order', answer: order }));
    apply(doc, (tx) => operations.chooseScenario(tx, target, { quizId: 'late-delivery', path: ['policy'] }));
    const { value: results } = apply(doc, (tx) => operations.finishModule(tx, target, { activeMs: 0 }));
    const answers = doc.attempts[0]?.answers ?? {};
    expect(answers['late-delivery']?.score).toBe(2);
    expect(results.score).toBe((answers['first-call-order']?.score ?? 0) + 2);
    expect(
      refusal(doc, (tx) =>
        operations.submitAnswer(tx, target, { quizId: 'open-question-term', answer: { type: 'text', text: 'open question' } }),
      ).code,
    ).toBe('conflict');
  });

  it('starts a retake only once the attempt is finished, and resumes otherwise', async () => {
    const { doc, target } = await opened();
    expect(apply(doc, (tx) => operations.retakeModule(tx, target, { random: seededRandom(2) }))).toMatchObject({
      value: { attempt: { attempt: 1 } },
      changed: false,
    });
    apply(doc, (tx) => operations.finishModule(tx, target, { activeMs: 0 }));
    expect(apply(doc, (tx) => operations.retakeModule(tx, target, { random: seededRandom(2) }))).toMatchObject({
      value: { attempt: { attempt: 2 } },
      changed: true,
    });
  });
});
