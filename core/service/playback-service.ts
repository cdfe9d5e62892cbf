import { randomInt } from 'node:crypto';
import { seededRandom, type ModuleModel, type Quiz } from '../course';
import { ApiError } from '../api/errors';
import type { Answer, ModuleResults, PlaybackState, QuizFeedback, SaveState, ScenarioTrail } from '../api/playback-types';
import type { AttemptRecord, ProgressStore } from '../progress';
import { drawPools, feedbackFor, learnerModuleFor, quizzesInPlay, resultsFor, scenarioTrail, scoreAttempt } from './attempt-view';
import { playableModule, type CourseCatalog, type LoadedCourse } from './course-catalog';
import { saving } from './save-state';

export interface ModuleTarget {
  learnerId: string;
  courseId: string;
  moduleId: string;
}

interface Opened {
  loaded: LoadedCourse;
  module: ModuleModel;
}

export interface PlaybackOptions {
  /** The classroom session an attempt at this module belongs to, when one is running. */
  sessionFor?: (courseId: string, moduleId: string) => string | undefined;
}

/** The learner's side of playback: open, answer, choose, turn pages, finish, retake. */
export function createPlaybackService(catalog: CourseCatalog, store: ProgressStore, options: PlaybackOptions = {}) {
  async function open(target: ModuleTarget): Promise<Opened> {
    store.getLearner(target.learnerId);
    const loaded = await catalog.load(target.courseId);
    return { loaded, module: playableModule(loaded, target.moduleId) };
  }

  /** Starts a new attempt, drawing pool questions afresh. */
  async function start({ loaded, module }: Opened, target: ModuleTarget): Promise<{ attempt: AttemptRecord | undefined; save: SaveState }> {
    const earlier = (await store.getProgress(target.learnerId)).attempts.filter(
      (attempt) => attempt.courseId === target.courseId && attempt.moduleId === target.moduleId,
    );
    const drawn = drawPools(module, earlier, seededRandom(randomInt(2 ** 31)));
    const sessionId = options.sessionFor?.(target.courseId, target.moduleId);
    const started = await saving(() =>
      store.startOrResumeAttempt({
        ...target,
        ...(sessionId !== undefined && { sessionId }),
        courseVersion: loaded.course.version,
        moduleHash: module.contentHash,
        pageCount: Math.max(module.pages.length, 1),
        drawn,
      }),
    );
    return { attempt: started.value?.attempt ?? (await store.currentAttempt(target.learnerId, target.courseId, target.moduleId)) ?? undefined, save: started.save };
  }

  function stateOf({ loaded, module }: Opened, attempt: AttemptRecord, learnerId: string, notices: string[] = []): PlaybackState {
    const answers: PlaybackState['answers'] = {};
    const scenarios: PlaybackState['scenarios'] = {};
    for (const quiz of quizzesInPlay(module, attempt)) {
      const stored = attempt.answers[quiz.id];
      if (stored && quiz.type !== 'scenario') answers[quiz.id] = { answer: stored.value as Answer, feedback: feedbackFor(quiz, stored.value as Answer) };
      const path = attempt.scenarioPaths[quiz.id];
      if (quiz.type === 'scenario' && path) scenarios[quiz.id] = scenarioTrail(quiz, path);
    }
    const results = resultsFor(module, attempt);
    return {
      courseId: loaded.course.id,
      courseTitle: loaded.course.title,
      learnerId,
      module: learnerModuleFor(module, attempt),
      attemptNumber: attempt.attempt,
      attemptsAllowed: module.attempts,
      page: Math.min(attempt.pageIndex, Math.max(module.pages.length - 1, 0)),
      answers,
      scenarios,
      ...(results && { results }),
      notices,
    };
  }

  async function openAttempt(target: ModuleTarget): Promise<{ opened: Opened; attempt: AttemptRecord }> {
    const opened = await open(target);
    const attempt = await store.currentAttempt(target.learnerId, target.courseId, target.moduleId);
    if (!attempt || attempt.status !== 'in-progress') {
      throw new ApiError('conflict', 'This attempt is already finished. Open the module again to see your results or retake it.');
    }
    if (attempt.moduleHash !== opened.module.contentHash) {
      throw new ApiError('conflict', 'This module was changed by a trainer while it was open. Open it again to continue with the new version.');
    }
    return { opened, attempt };
  }

  function quizOf(opened: Opened, attempt: AttemptRecord, quizId: string): Quiz {
    const quiz = quizzesInPlay(opened.module, attempt).find((candidate) => candidate.id === quizId);
    if (!quiz) throw new ApiError('not-found', `This attempt has no question "${quizId}".`);
    return quiz;
  }

  return {
    /** Resumes the open attempt, shows the last finished one, or starts the first. */
    async openModule(target: ModuleTarget): Promise<PlaybackState> {
      const opened = await open(target);
      const latest = await store.currentAttempt(target.learnerId, target.courseId, target.moduleId);
      if (latest && latest.status !== 'in-progress' && latest.status !== 'superseded') return stateOf(opened, latest, target.learnerId);
      const { attempt, save } = latest?.status === 'in-progress' && latest.moduleHash === opened.module.contentHash ? { attempt: latest, save: { saved: true } as SaveState } : await start(opened, target);
      if (!attempt) throw new ApiError('not-saved', 'The module could not be opened because nothing can be saved on this machine right now.');
      const notices = save.saved ? [] : [`Not saved: ${save.message}`];
      if (latest && latest.id !== attempt.id && latest.status === 'in-progress') {
        notices.push('This module was changed by a trainer since you started it, so a new attempt has begun. Your earlier answers are kept in your record.');
      }
      return stateOf(opened, attempt, target.learnerId, notices);
    },

    async savePage(target: ModuleTarget & { page: number; activeMs: number }): Promise<{ save: SaveState }> {
      const { opened, attempt } = await openAttempt(target);
      const pageIndex = Math.min(target.page, Math.max(opened.module.pages.length - 1, 0));
      const base = { learnerId: target.learnerId, attemptId: attempt.id };
      const { save } = await saving(async () => {
        await store.recordPage({ ...base, pageIndex });
        if (target.activeMs > 0) await store.addDuration({ ...base, ms: target.activeMs });
      });
      return { save };
    },

    async submitAnswer(target: ModuleTarget & { quizId: string; answer: Answer }): Promise<{ feedback: QuizFeedback; save: SaveState }> {
      const { opened, attempt } = await openAttempt(target);
      const quiz = quizOf(opened, attempt, target.quizId);
      if (quiz.type === 'scenario') throw new ApiError('invalid-argument', 'A scenario is played one choice at a time, not submitted as an answer.');
      if (quiz.graded && quiz.type !== 'reflection' && attempt.answers[quiz.id]) {
        throw new ApiError('conflict', 'This question is already answered in this attempt. Retake the module to answer it again.');
      }
      const feedback = feedbackFor(quiz, target.answer);
      if (feedback.error) return { feedback, save: { saved: true } };
      const { save } = await saving(() =>
        store.recordAnswer({
          learnerId: target.learnerId,
          attemptId: attempt.id,
          moduleHash: attempt.moduleHash,
          quizId: quiz.id,
          value: target.answer,
          correct: feedback.correct,
          score: feedback.score,
          maxScore: feedback.maxScore,
        }),
      );
      return { feedback, save };
    },

    async chooseScenario(target: ModuleTarget & { quizId: string; path: string[] }): Promise<{ trail: ScenarioTrail; save: SaveState }> {
      const { opened, attempt } = await openAttempt(target);
      const quiz = quizOf(opened, attempt, target.quizId);
      if (quiz.type !== 'scenario') throw new ApiError('invalid-argument', `"${quiz.id}" is not a scenario.`);
      const taken = attempt.scenarioPaths[quiz.id] ?? [];
      const choice = target.path.at(-1);
      // The path must extend what was already played by exactly one choice: a scenario is not replayed within an attempt.
      if (choice === undefined || target.path.length !== taken.length + 1 || taken.some((id, i) => target.path[i] !== id)) {
        throw new ApiError('conflict', 'This scenario has moved on since this screen was drawn. Open the module again to continue.');
      }
      const trail = scenarioTrail(quiz, target.path);
      if (trail.steps.filter((step) => step.chosen !== undefined).length !== target.path.length) {
        throw new ApiError('invalid-argument', `"${choice}" is not one of the choices at this point of the scenario.`);
      }
      const base = { learnerId: target.learnerId, attemptId: attempt.id, moduleHash: attempt.moduleHash, quizId: quiz.id };
      const { save } = await saving(async () => {
        await store.recordScenarioStep({ ...base, choiceId: choice });
        if (trail.outcome) {
          const feedback = feedbackFor(quiz, { type: 'scenario', path: target.path });
          await store.recordAnswer({ ...base, value: { type: 'scenario', path: target.path }, correct: feedback.correct, score: feedback.score, maxScore: feedback.maxScore });
        }
      });
      return { trail, save };
    },

    async finishModule(target: ModuleTarget & { activeMs: number }): Promise<{ results: ModuleResults; save: SaveState }> {
      const { opened, attempt } = await openAttempt(target);
      const { score, maxScore } = scoreAttempt(opened.module, attempt);
      const { value: finished, save } = await saving(() =>
        store.finishAttempt({
          learnerId: target.learnerId,
          attemptId: attempt.id,
          moduleHash: attempt.moduleHash,
          score,
          maxScore,
          passMark: opened.module.passMark,
          ms: target.activeMs,
        }),
      );
      const record = finished ?? (await store.currentAttempt(target.learnerId, target.courseId, target.moduleId));
      const results = record ? resultsFor(opened.module, record) : undefined;
      if (!results) throw new ApiError('internal', 'The attempt was finished but its results could not be read back.');
      return { results, save };
    },

    async retakeModule(target: ModuleTarget): Promise<{ state: PlaybackState; save: SaveState }> {
      const opened = await open(target);
      const latest = await store.currentAttempt(target.learnerId, target.courseId, target.moduleId);
      if (latest?.status === 'in-progress') return { state: stateOf(opened, latest, target.learnerId), save: { saved: true } };
      if (latest && opened.module.attempts !== null && latest.attempt >= opened.module.attempts) {
        throw new ApiError('forbidden', `"${opened.module.title}" allows ${opened.module.attempts} ${opened.module.attempts === 1 ? 'attempt' : 'attempts'}, and all have been used.`);
      }
      const { attempt, save } = await start(opened, target);
      if (!attempt) throw new ApiError('not-saved', 'A new attempt could not be started because nothing can be saved on this machine right now.');
      return { state: stateOf(opened, attempt, target.learnerId, save.saved ? [] : [`Not saved: ${save.message}`]), save };
    },
  };
}

export type PlaybackService = ReturnType<typeof createPlaybackService>;
