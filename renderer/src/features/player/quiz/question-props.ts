import type { AnswerOf, LearnerQuiz } from '../../../../../core/api/playback-types';

/** What every question input receives: its quiz, the learner's draft answer, and a way to change it. */
export interface QuestionProps<T extends LearnerQuiz['type']> {
  quiz: LearnerQuiz & { type: T };
  value: AnswerOf<T> | undefined;
  onChange: (answer: AnswerOf<T>) => void;
  disabled: boolean;
  /** The id of the element holding the question's prompt, which labels the input. */
  labelledBy: string;
}
