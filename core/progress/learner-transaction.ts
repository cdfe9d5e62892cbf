import type * as z from 'zod';
import * as changes from './attempt-changes';
import * as inputs from './inputs';
import type { AttemptRecord, LearnerDoc } from './schema';

type Without<T> = Omit<T, 'learnerId'>;

/**
 * One learner operation as a transaction (see ProgressStore.update): what it reads, the rules it
 * checks on what it read ("already answered?", "still in progress?") and the changes it makes all
 * see the same document, and nothing else touches that learner in between. It works on a draft: if
 * the operation throws, none of its changes is kept.
 *
 * Reads return copies. Changes go through the methods below, which validate their input exactly as
 * the store's own methods do, so a transaction cannot write a document the store would later reject
 * as damaged.
 */
export class LearnerTransaction {
  readonly #doc: LearnerDoc;
  readonly #context: changes.ChangeContext;
  #changed = false;

  constructor(draft: LearnerDoc, context: changes.ChangeContext) {
    this.#doc = draft;
    this.#context = context;
  }

  get learnerId(): string {
    return this.#doc.learner.id;
  }

  /** The time of this transaction (ISO), the same for every change in it. */
  get now(): string {
    return this.#context.now;
  }

  /** Whether the transaction changed the document (and so needs saving). */
  get changed(): boolean {
    return this.#changed;
  }

  /** Every attempt at a module, oldest first. */
  attemptsAt(courseId: string, moduleId: string): AttemptRecord[] {
    return structuredClone(this.#doc.attempts.filter((attempt) => attempt.courseId === courseId && attempt.moduleId === moduleId));
  }

  /** The latest attempt at a module (in progress or not), if any. */
  latestAttempt(courseId: string, moduleId: string): AttemptRecord | undefined {
    const latest = changes.latestAttempt(this.#doc, courseId, moduleId);
    return latest && structuredClone(latest);
  }

  startOrResume(input: Without<inputs.StartOrResumeInput>): changes.StartOrResumeResult {
    return this.#apply(
      inputs.startOrResumeInput,
      input,
      'open the module',
      changes.startOrResume,
      (result) => result.outcome !== 'resumed',
    );
  }

  recordPage(input: Without<inputs.RecordPageInput>): AttemptRecord {
    return this.#apply(inputs.recordPageInput, input, 'save the page', changes.recordPage);
  }

  recordAnswer(input: Without<inputs.RecordAnswerInput>): AttemptRecord {
    return this.#apply(inputs.recordAnswerInput, input, 'save the answer', changes.recordAnswer);
  }

  recordScenarioStep(input: Without<inputs.RecordScenarioStepInput>): AttemptRecord {
    return this.#apply(inputs.recordScenarioStepInput, input, 'save the scenario step', changes.recordScenarioStep);
  }

  addDuration(input: Without<inputs.AddDurationInput>): AttemptRecord {
    return this.#apply(inputs.addDurationInput, input, 'save the time spent', changes.addDuration);
  }

  finishAttempt(input: Without<inputs.FinishAttemptInput>): AttemptRecord {
    return this.#apply(inputs.finishAttemptInput, input, 'finish the attempt', changes.finishAttempt);
  }

  #apply<S extends z.ZodType<{ learnerId: string }>, R>(
    schema: S,
    input: object,
    what: string,
    change: (doc: LearnerDoc, input: z.output<S>, context: changes.ChangeContext) => R,
    changedBy: (result: R) => boolean = () => true,
  ): R {
    const parsed = inputs.parseInput(schema, { ...input, learnerId: this.#doc.learner.id }, what);
    const result = change(this.#doc, parsed, this.#context);
    if (changedBy(result)) this.#changed = true;
    return result;
  }
}
