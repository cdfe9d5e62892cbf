import { MAX_REFLECTION_TEXT, MAX_TEXT_ANSWER, type Answer } from './answer-schema';
import type { Quiz } from './model';

export interface AnswerMisfit {
  code: 'answer-type-mismatch' | 'answer-does-not-fit';
  /** Says what does not fit, naming the question; no part of the answer key. */
  message: string;
}

/**
 * Whether an answer fits the question it answers: the question's type, only ids the question has,
 * each at most once, and an ordering lists every item exactly once. An answer that does not fit is
 * not an answer at all (a stale screen or a forged request): it is neither graded nor stored, so it
 * cannot use up a question or grow the learner's file. Returns what is wrong, or null.
 */
export function answerMisfit(quiz: Quiz, answer: Answer): AnswerMisfit | null {
  const misfit = (message: string): AnswerMisfit => ({ code: 'answer-does-not-fit', message: `question '${quiz.id}': ${message}` });
  if (answer.type !== quiz.type) {
    return {
      code: 'answer-type-mismatch',
      message: `question '${quiz.id}' is a ${quiz.type} question, but the answer is for a ${answer.type} question`,
    };
  }
  switch (quiz.type) {
    case 'single': {
      const { choice } = answer as Extract<Answer, { type: 'single' }>;
      return quiz.choices.some((candidate) => candidate.id === choice) ? null : misfit(`'${choice}' is not one of its choices`);
    }
    case 'multiple': {
      const { choices } = answer as Extract<Answer, { type: 'multiple' }>;
      return unknownOrRepeated(
        choices,
        quiz.choices.map((choice) => choice.id),
        'choice',
        misfit,
      );
    }
    case 'true-false':
      return null;
    case 'text': {
      const { text } = answer as Extract<Answer, { type: 'text' }>;
      return text.length > MAX_TEXT_ANSWER ? misfit(`the answer is longer than ${MAX_TEXT_ANSWER} characters`) : null;
    }
    case 'order': {
      const { order } = answer as Extract<Answer, { type: 'order' }>;
      const items = quiz.items.map((item) => item.id);
      const problem = unknownOrRepeated(order, items, 'item', misfit);
      if (problem) return problem;
      return order.length === items.length ? null : misfit(`the order must list all ${items.length} items, not ${order.length}`);
    }
    case 'match': {
      const pairs = Object.entries((answer as Extract<Answer, { type: 'match' }>).pairs);
      const left = new Set(quiz.left.map((item) => item.id));
      const right = new Set(quiz.right.map((item) => item.id));
      const unknownLeft = pairs.find(([from]) => !left.has(from));
      if (unknownLeft) return misfit(`'${unknownLeft[0]}' is not one of the items to match`);
      const unknownRight = pairs.find(([, to]) => !right.has(to));
      return unknownRight ? misfit(`'${unknownRight[1]}' is not one of the answers to match with`) : null;
    }
    case 'scenario':
      // A path is checked step by step as it is played (advanceScenario), where a wrong id is reported.
      return null;
    case 'reflection': {
      const { text, value } = answer as Extract<Answer, { type: 'reflection' }>;
      if (quiz.scale) {
        const { min, max } = quiz.scale;
        if (text !== undefined) return misfit('a rating takes a number on its scale, not text');
        if (value === undefined || !Number.isInteger(value) || value < min || value > max)
          return misfit(`the rating must be a whole number from ${min} to ${max}`);
        return null;
      }
      if (value !== undefined) return misfit('this reflection takes text, not a number');
      if (text === undefined) return misfit('the reflection has no text');
      return text.length > MAX_REFLECTION_TEXT ? misfit(`the reflection is longer than ${MAX_REFLECTION_TEXT} characters`) : null;
    }
  }
}

function unknownOrRepeated(
  given: readonly string[],
  known: readonly string[],
  what: string,
  misfit: (message: string) => AnswerMisfit,
): AnswerMisfit | null {
  const knownIds = new Set(known);
  const seen = new Set<string>();
  for (const id of given) {
    if (!knownIds.has(id)) return misfit(`'${id}' is not one of its ${what}s`);
    if (seen.has(id)) return misfit(`'${id}' is given twice`);
    seen.add(id);
  }
  return null;
}
