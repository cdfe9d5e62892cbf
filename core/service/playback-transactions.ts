import { answerMisfit, answerSchema, type Answer, type ModuleModel, type Quiz } from '../course';
import { ApiError, describeValidationError } from '../errors';
import type { ModuleResults, QuizFeedback, ScenarioTrail } from '../api/playback-types';
import type { AttemptRecord, LearnerTransaction } from '../progress';
import { drawPools, feedbackFor, isScored, quizzesInPlay, resultsFor, scenarioTrail, scoreAttempt } from './attempt-view';

/**
 * The learner's playback operations, each one transaction over the learner's record (run them with
 * `store.update`): the attempt they read, the rule they check on it ("already answered?", "does the
 * path extend what was taken?", "still in progress?") and the change they make are one step, so two
 * clients acting for one learner at once cannot both pass a check that only one of them should.
 * Pure functions of the transaction and the module: no I/O, no clock, no randomness of their own.
 */

/** The module an operation acts on, compiled before the transaction (course files are not part of the learner's record). */
export interface ModuleInPlay {
  courseId: string;
  courseVersion: string;
  module: ModuleModel;
}

/** What a new attempt needs besides the module. */
export interface NewAttempt {
  /** Draws the pool questions. */
  random: () => number;
  sessionId?: string;
}

export interface OpenedAttempt {
  attempt: AttemptRecord;
  notices: string[];
}

const SUPERSEDED =
  'This module was changed by a trainer since you started it, so a new attempt has begun. Your earlier answers are kept in your record.';

/** Resumes the open attempt, shows the last finished one, or starts one (the first, or after the module changed). */
export function openModule(tx: LearnerTransaction, target: ModuleInPlay, fresh: NewAttempt): OpenedAttempt {
  const latest = tx.latestAttempt(target.courseId, target.module.id);
  if (latest && latest.status !== 'in-progress' && latest.status !== 'superseded') return { attempt: latest, notices: [] };
  if (latest?.status === 'in-progress' && latest.moduleHash === target.module.contentHash) return { attempt: latest, notices: [] };
  const started = startAttempt(tx, target, fresh);
  return { attempt: started.attempt, notices: started.outcome === 'superseded-and-started' ? [SUPERSEDED] : [] };
}

/** Starts the next attempt once the last one is finished, within the module's number of attempts. */
export function retakeModule(tx: LearnerTransaction, target: ModuleInPlay, fresh: NewAttempt): OpenedAttempt {
  const latest = tx.latestAttempt(target.courseId, target.module.id);
  if (latest?.status === 'in-progress') return openModule(tx, target, fresh);
  const { attempts, title } = target.module;
  if (latest && attempts !== null && latest.attempt >= attempts) {
    throw new ApiError('forbidden', `"${title}" allows ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}, and all have been used.`);
  }
  return { attempt: startAttempt(tx, target, fresh).attempt, notices: [] };
}

/** Records the page the learner is on and the active time since the last report. */
export function savePage(tx: LearnerTransaction, target: ModuleInPlay, report: { page: number; activeMs: number }): void {
  const attempt = attemptInProgress(tx, target);
  const ref = { attemptId: attempt.id };
  tx.recordPage({ ...ref, pageIndex: Math.min(report.page, Math.max(target.module.pages.length - 1, 0)) });
  // Reported even when 0: the report time bounds what the next report may add.
  tx.addDuration({ ...ref, ms: report.activeMs });
}

/** Grades and records an answer. A graded question takes one answer per attempt; an answer that does not fit it is refused unrecorded. */
export function submitAnswer(tx: LearnerTransaction, target: ModuleInPlay, input: { quizId: string; answer: Answer }): QuizFeedback {
  const attempt = attemptInProgress(tx, target);
  const quiz = quizIn(target.module, attempt, input.quizId);
  if (quiz.type === 'scenario')
    throw new ApiError('invalid-argument', 'A scenario is played one choice at a time, not submitted as an answer.');
  if (isScored(quiz) && attempt.answers[quiz.id]) {
    throw new ApiError('conflict', 'This question is already answered in this attempt. Retake the module to answer it again.');
  }
  const answer = fittingAnswer(quiz, input.answer);
  const feedback = feedbackFor(quiz, answer);
  tx.recordAnswer({
    attemptId: attempt.id,
    moduleHash: attempt.moduleHash,
    quizId: quiz.id,
    value: answer,
    correct: feedback.correct,
    score: feedback.score,
    maxScore: feedback.maxScore,
  });
  return feedback;
}

/** Takes one more choice in a scenario; `path` is every choice so far, so a screen drawn before another client's choice is refused. */
export function chooseScenario(tx: LearnerTransaction, target: ModuleInPlay, input: { quizId: string; path: string[] }): ScenarioTrail {
  const attempt = attemptInProgress(tx, target);
  const quiz = quizIn(target.module, attempt, input.quizId);
  if (quiz.type !== 'scenario') throw new ApiError('invalid-argument', `"${quiz.id}" is not a scenario.`);
  const taken = attempt.scenarioPaths[quiz.id] ?? [];
  const choice = input.path.at(-1);
  // The path must extend what was already played by exactly one choice: a scenario is not replayed within an attempt.
  if (choice === undefined || input.path.length !== taken.length + 1 || taken.some((id, i) => input.path[i] !== id)) {
    throw new ApiError('conflict', 'This scenario has moved on since this screen was drawn. Open the module again to continue.');
  }
  const trail = scenarioTrail(quiz, input.path);
  if (trail.steps.filter((step) => step.chosen !== undefined).length !== input.path.length) {
    throw new ApiError('invalid-argument', `"${choice}" is not one of the choices at this point of the scenario.`);
  }
  const ref = { attemptId: attempt.id, moduleHash: attempt.moduleHash, quizId: quiz.id };
  tx.recordScenarioStep({ ...ref, choiceId: choice });
  if (trail.outcome) {
    const value: Answer = { type: 'scenario', path: input.path };
    const feedback = feedbackFor(quiz, value);
    tx.recordAnswer({ ...ref, value, correct: feedback.correct, score: feedback.score, maxScore: feedback.maxScore });
  }
  return trail;
}

/** Scores the attempt on every answer recorded in it and closes it. */
export function finishModule(tx: LearnerTransaction, target: ModuleInPlay, report: { activeMs: number }): ModuleResults {
  const attempt = attemptInProgress(tx, target);
  const { score, maxScore } = scoreAttempt(target.module, attempt);
  const finished = tx.finishAttempt({
    attemptId: attempt.id,
    moduleHash: attempt.moduleHash,
    score,
    maxScore,
    passMark: target.module.passMark,
    ms: report.activeMs,
  });
  const results = resultsFor(target.module, finished);
  if (!results) throw new ApiError('internal', 'The attempt was finished but has no result.');
  return results;
}

function startAttempt(tx: LearnerTransaction, target: ModuleInPlay, fresh: NewAttempt) {
  const { module } = target;
  return tx.startOrResume({
    courseId: target.courseId,
    courseVersion: target.courseVersion,
    moduleId: module.id,
    moduleHash: module.contentHash,
    pageCount: Math.max(module.pages.length, 1),
    ...(fresh.sessionId !== undefined && { sessionId: fresh.sessionId }),
    drawn: drawPools(module, tx.attemptsAt(target.courseId, module.id), fresh.random),
  });
}

function attemptInProgress(tx: LearnerTransaction, target: ModuleInPlay): AttemptRecord {
  const attempt = tx.latestAttempt(target.courseId, target.module.id);
  if (!attempt || attempt.status !== 'in-progress') {
    throw new ApiError('conflict', 'This attempt is already finished. Open the module again to see your results or retake it.');
  }
  if (attempt.moduleHash !== target.module.contentHash) {
    throw new ApiError(
      'conflict',
      'This module was changed by a trainer while it was open. Open it again to continue with the new version.',
    );
  }
  return attempt;
}

function quizIn(module: ModuleModel, attempt: AttemptRecord, quizId: string): Quiz {
  const quiz = quizzesInPlay(module, attempt).find((candidate) => candidate.id === quizId);
  if (!quiz) throw new ApiError('not-found', `This attempt has no question "${quizId}".`);
  return quiz;
}

/** The answer, if it has a valid shape and fits the question; otherwise a `bad-request` that records nothing and reveals nothing. */
function fittingAnswer(quiz: Quiz, answer: unknown): Answer {
  const parsed = answerSchema.safeParse(answer);
  if (!parsed.success)
    throw new ApiError('bad-request', `This answer cannot be taken: ${describeValidationError(parsed.error)}. Nothing was saved.`);
  const misfit = answerMisfit(quiz, parsed.data);
  if (misfit)
    throw new ApiError(
      'bad-request',
      `This answer does not fit the question (${misfit.message}). Nothing was saved; reload the module and answer again.`,
    );
  return parsed.data;
}
