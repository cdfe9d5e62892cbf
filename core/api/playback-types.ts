/**
 * What the learner's screens receive. Built from the course engine's learner view: no correct
 * answers, no feedback before answering. The renderer imports these as types only.
 */
import type { Answer } from '../course/answer-schema';
import type { GradeResult } from '../course/grade';
import type { LearnerModule } from '../course/learner-view';
import type { LearnerScenarioStep } from '../course/scenario';

export type { Answer, AnswerOf } from '../course/answer-schema';
export type { LearnerModule, LearnerQuiz } from '../course/learner-view';
export type { LearnerScenarioStep } from '../course/scenario';
export type { Block, Page } from '../course/model';

export interface LearnerSummary {
  id: string;
  name: string;
  staffId?: string;
}

/** The result of one answer, as a learner may see it: the correct answer itself is not included. */
export type QuizFeedback = Omit<GradeResult, 'correctAnswer'>;

/** Whether the change a learner just made is on disk. */
export type SaveState = { saved: true } | { saved: false; message: string };

export interface ScenarioTrail {
  /** Steps shown so far, each with the choice taken and the feedback on it. */
  steps: { step: LearnerScenarioStep; chosen?: string; feedback?: string }[];
  outcome?: { title: string; feedback: string[]; score: number; maxScore: number };
}

export type ModuleStatus = 'not-started' | 'in-progress' | 'completed' | 'passed' | 'failed';

export interface ModuleResults {
  attemptNumber: number;
  score: number;
  maxScore: number;
  /** 0–100, rounded. */
  percent: number;
  passMark: number;
  passed: boolean;
  /** Graded questions answered wrongly or not at all, with their explanations. */
  missed: { quizId: string; prompt: string; explanation?: string }[];
  /** null: unlimited. */
  attemptsLeft: number | null;
}

export interface PlaybackState {
  courseId: string;
  courseTitle: string;
  learnerId: string;
  /** The module as this attempt shows it: pool questions already drawn. */
  module: LearnerModule;
  attemptNumber: number;
  /** null: unlimited. */
  attemptsAllowed: number | null;
  page: number;
  answers: Record<string, { answer: Answer; feedback: QuizFeedback }>;
  scenarios: Record<string, ScenarioTrail>;
  /** Present once the attempt is finished. */
  results?: ModuleResults;
  notices: string[];
}

export interface ModuleSummary {
  id: string;
  title: string;
  summary: string;
  minutes: number | null;
  status: ModuleStatus;
  /** Share of pages seen in the current or last attempt, 0–100. */
  percentSeen: number;
  /** Score of the best finished attempt, 0–100, or null. */
  scorePercent: number | null;
  /** The page "Continue" opens. */
  resumePage: number;
  attemptsUsed: number;
  attemptsAllowed: number | null;
  /** The shown result was earned on an earlier version of the module. */
  earlierVersion: boolean;
}

export interface CourseHome {
  course: { id: string; title: string; description: string; completion: 'all-modules-completed' | 'all-graded-modules-passed' };
  modules: ModuleSummary[];
  courseComplete: boolean;
  notices: string[];
}
