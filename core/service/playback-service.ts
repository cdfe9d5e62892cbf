import { randomInt } from 'node:crypto';
import { seededRandom, type ModuleModel } from '../course';
import type { Answer, ModuleResults, PlaybackState, QuizFeedback, SaveState, ScenarioTrail } from '../api/playback-types';
import type { AttemptRecord, ProgressStore } from '../progress';
import { learnerModuleFor, quizzesInPlay, resultsFor, scenarioTrail, storedFeedback } from './attempt-view';
import { playableModule, type CourseCatalog, type LoadedCourse } from './course-catalog';
import * as operations from './playback-transactions';

export interface ModuleTarget {
  learnerId: string;
  courseId: string;
  moduleId: string;
}

interface Opened {
  loaded: LoadedCourse;
  module: ModuleModel;
  inPlay: operations.ModuleInPlay;
}

export interface PlaybackOptions {
  /** The classroom session an attempt at this module belongs to, when one is running. */
  sessionFor?: (courseId: string, moduleId: string) => string | undefined;
}

/**
 * The learner's side of playback: open, answer, choose, turn pages, finish, retake. Each call
 * compiles the module first, then runs its rules and its change as one transaction on the learner's
 * record (playback-transactions.ts), and answers with whether the change reached the disk.
 */
export function createPlaybackService(catalog: CourseCatalog, store: ProgressStore, options: PlaybackOptions = {}) {
  async function open(target: ModuleTarget): Promise<Opened> {
    store.getLearner(target.learnerId);
    const loaded = await catalog.load(target.courseId);
    const module = playableModule(loaded, target.moduleId);
    return { loaded, module, inPlay: { courseId: loaded.course.id, courseVersion: loaded.course.version, module } };
  }

  /** A new attempt's pool draw and classroom session, decided outside the transaction so the rules stay pure. */
  function freshAttempt(target: ModuleTarget): operations.NewAttempt {
    const sessionId = options.sessionFor?.(target.courseId, target.moduleId);
    return { random: seededRandom(randomInt(2 ** 31)), ...(sessionId !== undefined && { sessionId }) };
  }

  function stateOf({ loaded, module }: Opened, attempt: AttemptRecord, learnerId: string, notices: string[] = []): PlaybackState {
    const answers: PlaybackState['answers'] = {};
    const scenarios: PlaybackState['scenarios'] = {};
    for (const quiz of quizzesInPlay(module, attempt)) {
      const stored = attempt.answers[quiz.id];
      if (stored && quiz.type !== 'scenario') answers[quiz.id] = { answer: stored.value as Answer, feedback: storedFeedback(quiz, stored) };
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

  function withSaveNotice(notices: string[], save: SaveState): string[] {
    return save.saved ? notices : [`Not saved: ${save.message}`, ...notices];
  }

  return {
    /** Resumes the open attempt, shows the last finished one, or starts the first. */
    async openModule(target: ModuleTarget): Promise<PlaybackState> {
      const opened = await open(target);
      const fresh = freshAttempt(target);
      const { value, save } = await store.update(target.learnerId, (tx) => operations.openModule(tx, opened.inPlay, fresh));
      return stateOf(opened, value.attempt, target.learnerId, withSaveNotice(value.notices, save));
    },

    async savePage(target: ModuleTarget & { page: number; activeMs: number }): Promise<{ save: SaveState }> {
      const opened = await open(target);
      const { save } = await store.update(target.learnerId, (tx) => operations.savePage(tx, opened.inPlay, target));
      return { save };
    },

    async submitAnswer(target: ModuleTarget & { quizId: string; answer: Answer }): Promise<{ feedback: QuizFeedback; save: SaveState }> {
      const opened = await open(target);
      const { value: feedback, save } = await store.update(target.learnerId, (tx) => operations.submitAnswer(tx, opened.inPlay, target));
      return { feedback, save };
    },

    async chooseScenario(target: ModuleTarget & { quizId: string; path: string[] }): Promise<{ trail: ScenarioTrail; save: SaveState }> {
      const opened = await open(target);
      const { value: trail, save } = await store.update(target.learnerId, (tx) => operations.chooseScenario(tx, opened.inPlay, target));
      return { trail, save };
    },

    async finishModule(target: ModuleTarget & { activeMs: number }): Promise<{ results: ModuleResults; save: SaveState }> {
      const opened = await open(target);
      const { value: results, save } = await store.update(target.learnerId, (tx) => operations.finishModule(tx, opened.inPlay, target));
      return { results, save };
    },

    async retakeModule(target: ModuleTarget): Promise<{ state: PlaybackState; save: SaveState }> {
      const opened = await open(target);
      const fresh = freshAttempt(target);
      const { value, save } = await store.update(target.learnerId, (tx) => operations.retakeModule(tx, opened.inPlay, fresh));
      return { state: stateOf(opened, value.attempt, target.learnerId, withSaveNotice(value.notices, save)), save };
    },
  };
}

export type PlaybackService = ReturnType<typeof createPlaybackService>;
