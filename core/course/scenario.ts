import type { ScenarioQuiz, ScenarioStep } from './model';

/** A step as the learner sees it: no feedback, no targets, no outcomes. */
export interface LearnerScenarioStep {
  id: string;
  text: string;
  choices: { id: string; text: string }[];
}

export type ScenarioProgress =
  | { kind: 'step'; step: LearnerScenarioStep; /** Feedback on the last choice taken (HTML), if any. */ feedback?: string }
  | { kind: 'outcome'; outcomeId: string; title: string; feedback: string[]; score: number; maxScore: number }
  | { kind: 'error'; code: 'unknown-choice' | 'past-outcome' | 'broken-scenario'; message: string };

/**
 * Plays a branching scenario: given the choice ids taken so far, returns the next step to show or
 * the outcome reached. Bad paths (from a stale or forged client) give an error result, not a throw.
 */
export function advanceScenario(quiz: ScenarioQuiz, path: readonly string[]): ScenarioProgress {
  const steps = new Map(quiz.steps.map((step) => [step.id, step]));
  const outcomes = new Map(quiz.outcomes.map((outcome) => [outcome.id, outcome]));
  const maxScore = quiz.points;
  let step = steps.get(quiz.start);
  let lastFeedback: string | undefined;
  const feedbacks: string[] = [];
  for (let i = 0; i < path.length; i++) {
    if (!step) return { kind: 'error', code: 'broken-scenario', message: `scenario '${quiz.id}' has no step '${quiz.start}'` };
    const choiceId = path[i];
    const choice = step.choices.find((candidate) => candidate.id === choiceId);
    if (!choice)
      return {
        kind: 'error',
        code: 'unknown-choice',
        message: `step '${step.id}' of scenario '${quiz.id}' has no choice '${String(choiceId)}'`,
      };
    lastFeedback = choice.feedback;
    if (choice.feedback) feedbacks.push(choice.feedback);
    const outcome = outcomes.get(choice.next);
    if (outcome) {
      if (i < path.length - 1)
        return {
          kind: 'error',
          code: 'past-outcome',
          message: `scenario '${quiz.id}' ends after choice '${choice.id}'; the path continues past its outcome`,
        };
      return {
        kind: 'outcome',
        outcomeId: outcome.id,
        title: outcome.title,
        feedback: outcome.feedback ? [...feedbacks, outcome.feedback] : feedbacks,
        score: outcome.score,
        maxScore,
      };
    }
    step = steps.get(choice.next);
  }
  if (!step) return { kind: 'error', code: 'broken-scenario', message: `scenario '${quiz.id}' leads to a step that does not exist` };
  return { kind: 'step', step: learnerStep(step), ...(lastFeedback !== undefined && { feedback: lastFeedback }) };
}

export function learnerStep(step: ScenarioStep, order: <T>(items: T[]) => T[] = (items) => items): LearnerScenarioStep {
  return { id: step.id, text: step.text, choices: order(step.choices.map((choice) => ({ id: choice.id, text: choice.text }))) };
}
