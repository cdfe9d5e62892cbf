import { answerMisfit, type AnswerMisfit } from './answer-fit';
import type { Answer, AnswerOf } from './answer-schema';
import type { Quiz, ScenarioQuiz } from './model';
import { advanceScenario } from './scenario';
import { compilePattern, MAX_PATTERN_INPUT, normaliseAnswer } from './text-answer';

export type CorrectAnswer =
  | { type: 'single'; choice: string }
  | { type: 'multiple'; choices: string[] }
  | { type: 'true-false'; value: boolean }
  | { type: 'text'; text: string }
  | { type: 'order'; order: string[] }
  | { type: 'match'; pairs: Record<string, string> }
  | { type: 'scenario'; path: string[] };

export interface GradeResult {
  /** null for reflections, which are recorded but never right or wrong. */
  correct: boolean | null;
  score: number;
  maxScore: number;
  /** Whether the score counts towards the pass mark (false for practice questions). */
  graded: boolean;
  /** Rendered HTML: feedback on the chosen options, then the general right/wrong feedback. */
  feedback: string[];
  explanation?: string;
  correctAnswer?: CorrectAnswer;
  /**
   * Set when the answer does not fit the question (a stale client, a forged request) or a scenario
   * is not finished; nothing is scored, and nothing of the answer key (feedback, explanation,
   * correct answer) is given, since the question has not been answered.
   */
  error?: { code: AnswerMisfit['code'] | 'incomplete-scenario'; message: string };
}

/** Grades one answer against a quiz's answer key. Pure; never throws on odd answers. */
export function gradeAnswer(quiz: Quiz, answer: Answer): GradeResult {
  const notAnswered = (error: NonNullable<GradeResult['error']>): GradeResult => ({
    correct: false,
    score: 0,
    maxScore: quiz.points,
    graded: quiz.graded,
    feedback: [],
    error,
  });
  const misfit = answerMisfit(quiz, answer);
  if (misfit) return notAnswered(misfit);
  const base = { maxScore: quiz.points, graded: quiz.graded, ...(quiz.explanation !== undefined && { explanation: quiz.explanation }) };
  const correctAnswer = correctAnswerOf(quiz);
  const outcome = (fraction: number, chosenFeedback: (string | undefined)[]): GradeResult => {
    const correct = fraction >= 1;
    const general = 'correctFeedback' in quiz ? (correct ? quiz.correctFeedback : quiz.incorrectFeedback) : undefined;
    const feedback = [...chosenFeedback, general].filter((text): text is string => text !== undefined);
    return {
      ...base,
      correct,
      score: round(quiz.points * Math.max(0, Math.min(1, fraction))),
      feedback,
      ...(correctAnswer && { correctAnswer }),
    };
  };

  switch (quiz.type) {
    case 'single': {
      const { choice } = answer as AnswerOf<'single'>;
      const chosen = quiz.choices.find((candidate) => candidate.id === choice);
      return outcome(chosen?.correct ? 1 : 0, [chosen?.feedback]);
    }
    case 'multiple': {
      const selected = new Set((answer as AnswerOf<'multiple'>).choices);
      const rightIds = quiz.choices.filter((choice) => choice.correct).map((choice) => choice.id);
      const hits = rightIds.filter((id) => selected.has(id)).length;
      const misses = quiz.choices.filter((choice) => !choice.correct && selected.has(choice.id)).length;
      const exact = hits === rightIds.length && misses === 0;
      // Partial credit: each right pick earns a share, each wrong pick takes one back, never below zero.
      const fraction = exact ? 1 : quiz.partialCredit && rightIds.length > 0 ? (hits - misses) / rightIds.length : 0;
      const chosenFeedback = quiz.choices.filter((choice) => selected.has(choice.id)).map((choice) => choice.feedback);
      return outcome(fraction, chosenFeedback);
    }
    case 'true-false':
      return outcome((answer as AnswerOf<'true-false'>).value === quiz.answer ? 1 : 0, []);
    case 'text': {
      const given = normaliseAnswer((answer as AnswerOf<'text'>).text);
      const accepted = quiz.accept.some((text) => normaliseAnswer(text) === given);
      const matched =
        !accepted && given.length <= MAX_PATTERN_INPUT && quiz.patterns.some((pattern) => compilePattern(pattern)?.test(given) ?? false);
      return outcome(accepted || matched ? 1 : 0, []);
    }
    case 'order': {
      // answerMisfit has made sure the order lists every item once.
      const order = (answer as AnswerOf<'order'>).order;
      const inPlace = quiz.items.filter((item, i) => order[i] === item.id).length;
      return outcome(inPlace === quiz.items.length ? 1 : quiz.partialCredit ? inPlace / quiz.items.length : 0, []);
    }
    case 'match': {
      const pairs = (answer as AnswerOf<'match'>).pairs;
      const right = quiz.left.filter((item) => pairs[item.id] === item.match).length;
      return outcome(right === quiz.left.length ? 1 : quiz.partialCredit ? right / quiz.left.length : 0, []);
    }
    case 'scenario': {
      const progress = advanceScenario(quiz, (answer as AnswerOf<'scenario'>).path);
      if (progress.kind !== 'outcome') {
        const message =
          progress.kind === 'error'
            ? progress.message
            : `scenario '${quiz.id}' is not finished: the path stops at step '${progress.step.id}'`;
        return notAnswered({ code: 'incomplete-scenario', message });
      }
      return {
        ...base,
        correct: progress.score >= quiz.points,
        score: progress.score,
        feedback: progress.feedback,
        ...(correctAnswer && { correctAnswer }),
      };
    }
    case 'reflection':
      return { ...base, correct: null, score: 0, maxScore: 0, feedback: [] };
  }
}

/** The answer key of a question, for the author's preview; reflections (and scenarios no outcome scores full marks in) have none. */
export function correctAnswerOf(quiz: Quiz): CorrectAnswer | undefined {
  switch (quiz.type) {
    case 'single': {
      const right = quiz.choices.find((choice) => choice.correct);
      return right && { type: 'single', choice: right.id };
    }
    case 'multiple':
      return { type: 'multiple', choices: quiz.choices.filter((choice) => choice.correct).map((choice) => choice.id) };
    case 'true-false':
      return { type: 'true-false', value: quiz.answer };
    case 'text': {
      const example = quiz.accept[0];
      return example === undefined ? undefined : { type: 'text', text: example };
    }
    case 'order':
      return { type: 'order', order: quiz.items.map((item) => item.id) };
    case 'match':
      return { type: 'match', pairs: Object.fromEntries(quiz.left.map((item) => [item.id, item.match])) };
    case 'scenario': {
      const best = bestPath(quiz);
      return best && { type: 'scenario', path: best };
    }
    case 'reflection':
      return undefined;
  }
}

/** The shortest choice path to a best-scoring outcome (breadth-first from the start step). */
function bestPath(quiz: ScenarioQuiz): string[] | undefined {
  const target = new Set(quiz.outcomes.filter((outcome) => outcome.score >= quiz.points).map((outcome) => outcome.id));
  const steps = new Map(quiz.steps.map((step) => [step.id, step]));
  const queue: { id: string; path: string[] }[] = [{ id: quiz.start, path: [] }];
  const seen = new Set<string>();
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (target.has(next.id)) return next.path;
    if (seen.has(next.id)) continue;
    seen.add(next.id);
    for (const choice of steps.get(next.id)?.choices ?? []) queue.push({ id: choice.next, path: [...next.path, choice.id] });
  }
  return undefined;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
