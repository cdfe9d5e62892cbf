import type { Location } from './diagnostics';
import type { QuizType } from './schema';

/**
 * The compiled course: the answer key side. Every text a trainer writes (prompts, choices,
 * feedback...) is stored as rendered, sanitised HTML. The learner never receives these types
 * directly; learner-view.ts derives the answer-free playback model from them.
 */

export interface CourseModel {
  id: string;
  title: string;
  description: string;
  author: string;
  version: string;
  language: string;
  completion: 'all-modules-completed' | 'all-graded-modules-passed';
  /** Prefix of every image src in rendered HTML. */
  assetBaseUrl: string;
  modules: ModuleModel[];
}

export interface ModuleModel {
  id: string;
  /** Relative to the course folder, forward slashes. */
  file: string;
  title: string;
  summary: string;
  minutes: number | null;
  objectives: string[];
  /** Percent of graded points needed to pass. */
  passMark: number;
  /** null: unlimited. */
  attempts: number | null;
  shuffle: boolean;
  /** sha256 (hex) of the module file's bytes. */
  contentHash: string;
  pages: Page[];
  /** Every quiz in the module, including those inside pools, in document order. */
  quizzes: Quiz[];
  pools: Pool[];
}

export interface Page {
  /** Plain text, for navigation lists. */
  title: string;
  /** The line of the module file where the page starts (its `##` heading), so an editor can follow it. */
  line: number;
  blocks: Block[];
}

export type Block = { kind: 'html'; html: string } | { kind: 'quiz'; quizId: string } | { kind: 'pool'; poolId: string };

export interface Pool {
  id: string;
  /** How many of `quizIds` an attempt draws. */
  draw: number;
  quizIds: string[];
}

interface QuizBase<T extends QuizType> {
  id: string;
  type: T;
  prompt: string;
  hint?: string;
  explanation?: string;
  /** Counts towards the pass mark; false for practice questions and reflections. */
  graded: boolean;
  points: number;
  /** Where the quiz fence starts. */
  source: Location;
  /** Where its id is written, for duplicate-id diagnostics. */
  idAt: Location;
  /** Set when the quiz belongs to a pool. */
  poolId?: string;
}

interface GeneralFeedback {
  /** Shown when the answer is right / wrong, after any per-choice feedback. */
  correctFeedback?: string;
  incorrectFeedback?: string;
}

export interface ChoiceKey {
  id: string;
  text: string;
  correct: boolean;
  feedback?: string;
}

export interface SingleChoiceQuiz extends QuizBase<'single'>, GeneralFeedback {
  choices: ChoiceKey[];
}
export interface MultipleResponseQuiz extends QuizBase<'multiple'>, GeneralFeedback {
  choices: ChoiceKey[];
  partialCredit: boolean;
}
export interface TrueFalseQuiz extends QuizBase<'true-false'>, GeneralFeedback {
  answer: boolean;
}
export interface TextQuiz extends QuizBase<'text'>, GeneralFeedback {
  /** As written; compared after normalisation (trim, collapse spaces, ignore case). */
  accept: string[];
  /** Regular expressions, matched against the whole normalised answer, ignoring case. */
  patterns: string[];
}
export interface OrderQuiz extends QuizBase<'order'>, GeneralFeedback {
  /** In the correct order. */
  items: { id: string; text: string }[];
  partialCredit: boolean;
}
export interface MatchQuiz extends QuizBase<'match'>, GeneralFeedback {
  left: { id: string; text: string; match: string }[];
  right: { id: string; text: string }[];
  partialCredit: boolean;
}
export interface ScenarioQuiz extends QuizBase<'scenario'> {
  start: string;
  steps: ScenarioStep[];
  outcomes: ScenarioOutcome[];
}
export interface ScenarioStep {
  id: string;
  text: string;
  choices: { id: string; text: string; feedback?: string; next: string }[];
}
export interface ScenarioOutcome {
  id: string;
  title: string;
  feedback?: string;
  score: number;
}
export interface ReflectionQuiz extends QuizBase<'reflection'> {
  /** A rating scale; without it the learner writes free text. */
  scale?: { min: number; max: number; minLabel?: string; maxLabel?: string };
}

export type Quiz =
  SingleChoiceQuiz | MultipleResponseQuiz | TrueFalseQuiz | TextQuiz | OrderQuiz | MatchQuiz | ScenarioQuiz | ReflectionQuiz;
