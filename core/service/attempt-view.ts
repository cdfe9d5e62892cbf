import {
  advanceScenario,
  answerSchema,
  drawFromPool,
  gradeAnswer,
  seededRandom,
  toLearnerModule,
  type Answer,
  type LearnerModule,
  type ModuleModel,
  type Quiz,
  type ScenarioQuiz,
} from '../course';
import type { ModuleResults, QuizFeedback, ScenarioTrail } from '../api/playback-types';
import type { AnswerRecord, AttemptRecord } from '../progress';

/**
 * Pure functions that turn a compiled module and a stored attempt into what the learner sees:
 * the questions drawn for the attempt, feedback on stored answers, scenario trails and results.
 */

/** Draws each pool's questions for a new attempt, avoiding those earlier attempts already drew. */
export function drawPools(module: ModuleModel, earlierAttempts: readonly AttemptRecord[], random: () => number): Record<string, string[]> {
  const drawn: Record<string, string[]> = {};
  for (const pool of module.pools) {
    const previous = earlierAttempts.map((attempt) => attempt.drawn[pool.id] ?? []).filter((ids) => ids.length > 0);
    drawn[pool.id] = drawFromPool(pool, previous, random);
  }
  return drawn;
}

/** The quizzes this attempt plays: every quiz outside pools, and the ones drawn from each pool. */
export function quizzesInPlay(module: ModuleModel, attempt: Pick<AttemptRecord, 'drawn'>): Quiz[] {
  const drawn = new Set(Object.values(attempt.drawn).flat());
  return module.quizzes.filter((quiz) => quiz.poolId === undefined || drawn.has(quiz.id));
}

/**
 * The learner's view of the module for this attempt. Choice order is seeded by the attempt id, so a
 * resumed attempt looks exactly as it did; pool blocks become the questions drawn for it.
 */
export function learnerModuleFor(module: ModuleModel, attempt: Pick<AttemptRecord, 'id' | 'drawn'>): LearnerModule {
  const view = toLearnerModule(module, seededRandom(attempt.id));
  const inPlay = new Set(quizzesInPlay(module, attempt).map((quiz) => quiz.id));
  return {
    ...view,
    pages: view.pages.map((page) => ({
      ...page,
      blocks: page.blocks.flatMap((block) =>
        block.kind === 'pool' ? (attempt.drawn[block.poolId] ?? []).map((quizId) => ({ kind: 'quiz' as const, quizId })) : [block],
      ),
    })),
    quizzes: Object.fromEntries(Object.entries(view.quizzes).filter(([id]) => inPlay.has(id))),
    pools: [],
  };
}

/** Grades an answer and leaves out the correct answer itself, which the learner is not shown. */
export function feedbackFor(quiz: Quiz, answer: Answer): QuizFeedback {
  const { correctAnswer: _hidden, ...feedback } = gradeAnswer(quiz, answer);
  return feedback;
}

/**
 * Feedback on a stored answer, for a resumed or finished attempt. An answer stored before answers
 * were checked against their question, or on another version of the module, may not fit it any more;
 * it is shown with the score it earned and nothing of the answer key.
 */
export function storedFeedback(quiz: Quiz, record: AnswerRecord): QuizFeedback {
  const answer = answerSchema.safeParse(record.value);
  const feedback = answer.success ? feedbackFor(quiz, answer.data) : undefined;
  if (feedback && !feedback.error) return feedback;
  return { correct: record.correct, score: record.score, maxScore: record.maxScore, graded: quiz.graded, feedback: [] };
}

/** Replays a scenario path step by step, collecting what the learner saw at each choice. */
export function scenarioTrail(quiz: ScenarioQuiz, path: readonly string[]): ScenarioTrail {
  const first = advanceScenario(quiz, []);
  if (first.kind !== 'step') return { steps: [] };
  const trail: ScenarioTrail = { steps: [{ step: first.step }] };
  for (let taken = 1; taken <= path.length; taken++) {
    const progress = advanceScenario(quiz, path.slice(0, taken));
    const last = trail.steps[trail.steps.length - 1];
    if (progress.kind === 'error' || !last) break;
    last.chosen = path[taken - 1];
    if (progress.kind === 'step') {
      if (progress.feedback) last.feedback = progress.feedback;
      trail.steps.push({ step: progress.step });
    } else {
      const choice = quiz.steps.find((step) => step.id === last.step.id)?.choices.find((candidate) => candidate.id === last.chosen);
      if (choice?.feedback) last.feedback = choice.feedback;
      // Each choice's feedback is already shown beside it; the outcome box adds only the outcome's own words.
      const outcomeFeedback = quiz.outcomes.find((outcome) => outcome.id === progress.outcomeId)?.feedback;
      trail.outcome = {
        title: progress.title,
        feedback: outcomeFeedback ? [outcomeFeedback] : [],
        score: progress.score,
        maxScore: progress.maxScore,
      };
    }
  }
  return trail;
}

export function isScored(quiz: Quiz): boolean {
  return quiz.graded && quiz.type !== 'reflection';
}

/** Adds up the scored questions of an attempt; a question left unanswered scores nothing. */
export function scoreAttempt(module: ModuleModel, attempt: Pick<AttemptRecord, 'drawn' | 'answers'>) {
  let score = 0;
  let maxScore = 0;
  const missed: ModuleResults['missed'] = [];
  for (const quiz of quizzesInPlay(module, attempt).filter(isScored)) {
    const answer = attempt.answers[quiz.id];
    score += answer?.score ?? 0;
    maxScore += answer?.maxScore ?? quiz.points;
    if (answer?.correct !== true)
      missed.push({ quizId: quiz.id, prompt: quiz.prompt, ...(quiz.explanation && { explanation: quiz.explanation }) });
  }
  return { score, maxScore, missed };
}

export function resultsFor(module: ModuleModel, attempt: AttemptRecord): ModuleResults | undefined {
  if (!attempt.result) return undefined;
  const { missed } = scoreAttempt(module, attempt);
  return {
    attemptNumber: attempt.attempt,
    score: attempt.result.score,
    maxScore: attempt.result.maxScore,
    percent: Math.round(attempt.result.percent ?? 100),
    passMark: attempt.result.passMark,
    passed: attempt.status !== 'failed',
    // Against another version of the module the questions may no longer match the stored answers.
    missed: attempt.moduleHash === module.contentHash ? missed : [],
    attemptsLeft: module.attempts === null ? null : Math.max(0, module.attempts - attempt.attempt),
  };
}
