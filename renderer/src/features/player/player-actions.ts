import type { Answer, QuizFeedback, SaveState, ScenarioTrail } from '../../../../core/api/playback-types';

/**
 * What the player asks of whoever hosts it: the Learn area saves through the API for a learner; the
 * author's preview grades without saving. The player itself never talks to the API.
 */
export interface PlayerActions {
  submitAnswer(quizId: string, answer: Answer): Promise<{ feedback: QuizFeedback; save: SaveState }>;
  /** `path` is every choice taken from the first step, the last one being the new choice. */
  chooseScenario(quizId: string, path: string[]): Promise<{ trail: ScenarioTrail; save: SaveState }>;
  goToPage(page: number): void;
  finish(): Promise<void>;
  retake(): Promise<void>;
}
