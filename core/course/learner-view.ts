import type { ModuleModel, Page, Pool, Quiz } from './model';
import { shuffled } from './pool';
import { learnerStep, type LearnerScenarioStep } from './scenario';

/**
 * The playback model: what a learner's screen may know. No correct flags, accepted answers,
 * patterns, feedback, explanations, scenario targets, outcomes or scores — those stay on the
 * Node side and come back only through gradeAnswer/advanceScenario after the learner answers.
 */

interface LearnerBase {
  id: string;
  prompt: string;
  hint?: string;
  graded: boolean;
  points: number;
}
type Option = { id: string; text: string };

export type LearnerQuiz =
  | (LearnerBase & { type: 'single' | 'multiple'; choices: Option[] })
  | (LearnerBase & { type: 'true-false' })
  | (LearnerBase & { type: 'text' })
  | (LearnerBase & { type: 'order'; items: Option[] })
  | (LearnerBase & { type: 'match'; left: Option[]; right: Option[] })
  | (LearnerBase & { type: 'scenario'; start: LearnerScenarioStep })
  | (LearnerBase & { type: 'reflection'; scale?: { min: number; max: number; minLabel?: string; maxLabel?: string } });

export interface LearnerModule {
  id: string;
  title: string;
  summary: string;
  minutes: number | null;
  objectives: string[];
  passMark: number;
  attempts: number | null;
  contentHash: string;
  pages: Page[];
  quizzes: Record<string, LearnerQuiz>;
  pools: Pool[];
}

/**
 * `random` orders choices when the module shuffles (pass a seeded one, see random.ts, so a
 * resumed attempt looks the same). Ordering items and matching answers are always shuffled — in
 * written order they would give the answer away. The shuffle is uniform, so it may by chance show
 * the correct order: ruling that out would itself give the answer away (with two items, the one
 * order never shown would be the answer).
 */
export function toLearnerModule(module: ModuleModel, random: () => number): LearnerModule {
  const quizzes: Record<string, LearnerQuiz> = {};
  for (const quiz of module.quizzes) quizzes[quiz.id] = toLearnerQuiz(quiz, module.shuffle, random);
  return {
    id: module.id,
    title: module.title,
    summary: module.summary,
    minutes: module.minutes,
    objectives: [...module.objectives],
    passMark: module.passMark,
    attempts: module.attempts,
    contentHash: module.contentHash,
    pages: module.pages.map((page) => ({ title: page.title, line: page.line, blocks: page.blocks.map((block) => ({ ...block })) })),
    quizzes,
    pools: module.pools.map((pool) => ({ ...pool, quizIds: [...pool.quizIds] })),
  };
}

export function toLearnerQuiz(quiz: Quiz, shuffle: boolean, random: () => number): LearnerQuiz {
  const base: LearnerBase = {
    id: quiz.id,
    prompt: quiz.prompt,
    graded: quiz.graded,
    points: quiz.points,
    ...(quiz.hint !== undefined && { hint: quiz.hint }),
  };
  const option = (item: { id: string; text: string }): Option => ({ id: item.id, text: item.text });
  const maybeShuffle = <T>(items: T[]) => (shuffle ? shuffled(items, random) : items);
  switch (quiz.type) {
    case 'single':
    case 'multiple':
      return { ...base, type: quiz.type, choices: maybeShuffle(quiz.choices.map(option)) };
    case 'true-false':
    case 'text':
      return { ...base, type: quiz.type };
    case 'order':
      return { ...base, type: 'order', items: shuffled(quiz.items.map(option), random) };
    case 'match':
      return { ...base, type: 'match', left: maybeShuffle(quiz.left.map(option)), right: shuffled(quiz.right.map(option), random) };
    case 'scenario': {
      const start = quiz.steps.find((step) => step.id === quiz.start) ?? quiz.steps[0];
      const step = start ? learnerStep(start, maybeShuffle) : { id: quiz.start, text: '', choices: [] };
      return { ...base, type: 'scenario', start: step };
    }
    case 'reflection':
      return { ...base, type: 'reflection', ...(quiz.scale && { scale: { ...quiz.scale } }) };
  }
}
