/**
 * What the learner's screens receive: no correct answers, no feedback before answering. Declared
 * here, field by field, as the wire contract; the service builds these from the course engine's
 * learner view and the compiler checks that mapping there (core/service/wire-checks.ts). The
 * renderer imports these as types only.
 */

/** A learner's answer, one shape per question type; validated on the way in by `answerSchema` (inputs/answer.ts). */
export type Answer =
  | { type: 'single'; choice: string }
  | { type: 'multiple'; choices: string[] }
  | { type: 'true-false'; value: boolean }
  | { type: 'text'; text: string }
  | { type: 'order'; order: string[] }
  /** left item id → right item id */
  | { type: 'match'; pairs: Record<string, string> }
  /** Choice ids taken, from the first step. */
  | { type: 'scenario'; path: string[] }
  /** Free text, or a whole number on the scale. */
  | { type: 'reflection'; text?: string; value?: number };

export type AnswerOf<T extends Answer['type']> = Extract<Answer, { type: T }>;

/** Content of a page, in order: rendered HTML, a question, or a question drawn from a pool. */
export type Block = { kind: 'html'; html: string } | { kind: 'quiz'; quizId: string } | { kind: 'pool'; poolId: string };

export interface Page {
  /** Plain text, for navigation lists. */
  title: string;
  /** The line of the module file where the page starts (its `##` heading), so an editor can follow it. */
  line: number;
  blocks: Block[];
}

export interface QuestionPool {
  id: string;
  /** How many of `quizIds` an attempt draws. */
  draw: number;
  quizIds: string[];
}

/** A scenario step as the learner sees it: no feedback, no targets, no outcomes. */
export interface LearnerScenarioStep {
  id: string;
  text: string;
  choices: { id: string; text: string }[];
}

interface LearnerQuizBase {
  id: string;
  prompt: string;
  hint?: string;
  /** Counts towards the pass mark; false for practice questions and reflections. */
  graded: boolean;
  points: number;
}
type QuizOption = { id: string; text: string };

/** A question without its answer key: no correct flags, accepted answers, patterns or feedback. */
export type LearnerQuiz =
  | (LearnerQuizBase & { type: 'single' | 'multiple'; choices: QuizOption[] })
  | (LearnerQuizBase & { type: 'true-false' })
  | (LearnerQuizBase & { type: 'text' })
  | (LearnerQuizBase & { type: 'order'; items: QuizOption[] })
  | (LearnerQuizBase & { type: 'match'; left: QuizOption[]; right: QuizOption[] })
  | (LearnerQuizBase & { type: 'scenario'; start: LearnerScenarioStep })
  | (LearnerQuizBase & { type: 'reflection'; scale?: { min: number; max: number; minLabel?: string; maxLabel?: string } });

export interface LearnerModule {
  id: string;
  title: string;
  summary: string;
  minutes: number | null;
  objectives: string[];
  /** Percent of the graded points needed to pass. */
  passMark: number;
  /** Attempts allowed; null: unlimited. */
  attempts: number | null;
  /** Identifies this version of the module's content. */
  contentHash: string;
  pages: Page[];
  quizzes: Record<string, LearnerQuiz>;
  pools: QuestionPool[];
}

export interface LearnerSummary {
  id: string;
  name: string;
  staffId?: string;
}

/** The result of one answer, as a learner may see it: the correct answer itself is not included. */
export interface QuizFeedback {
  /** null for reflections, which are recorded but never right or wrong. */
  correct: boolean | null;
  score: number;
  maxScore: number;
  /** Whether the score counts towards the pass mark (false for practice questions). */
  graded: boolean;
  /** Rendered HTML: feedback on the chosen options, then the general right/wrong feedback. */
  feedback: string[];
  explanation?: string;
  /** The answer does not fit the question, or a scenario is not finished: nothing was scored. */
  error?: { code: 'answer-type-mismatch' | 'answer-does-not-fit' | 'incomplete-scenario'; message: string };
}

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
