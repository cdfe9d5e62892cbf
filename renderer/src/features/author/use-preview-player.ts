import { useMemo, useState } from 'react';
import type { ModulePreview } from '../../../../core/api/author-types';
import type { LearnerModule, ModuleResults, PlaybackState, QuizFeedback, ScenarioTrail } from '../../../../core/api/playback-types';
import type { PlayerActions } from '../player/player-actions';
import { useAuthorCall } from './use-author-call';

interface Attempt {
  page: number;
  attemptNumber: number;
  answers: PlaybackState['answers'];
  scenarios: Record<string, ScenarioTrail>;
  results?: ModuleResults;
}

export interface PreviewTarget {
  courseId: string;
  courseTitle: string;
  file: string;
  /** The text the preview was made from: answers are graded against exactly that. */
  text: string;
  preview: ModulePreview;
}

/** Where the editor's cursor is: a new `key` means "show this page now", even if it is the same number. */
export interface FollowPage {
  page: number;
  key: number;
}

const saved = { saved: true } as const;

/**
 * The player's state and actions for the author's preview: answers are graded by the Node side
 * against the unsaved text (nothing is recorded), and pages, finishing and retaking stay local.
 */
export function usePreviewPlayer(target: PreviewTarget, follow: FollowPage): { state: PlaybackState; actions: PlayerActions } {
  const call = useAuthorCall();
  const [attempt, setAttempt] = useState<Attempt>({ page: follow.page, attemptNumber: 1, answers: {}, scenarios: {} });
  const [followed, setFollowed] = useState(follow);
  // Adjusted during render, not in an effect, so the player never shows the old page first (it
  // would then move focus to the new page's heading, away from the editor the trainer types in).
  if (followed !== follow) {
    setFollowed(follow);
    setAttempt((previous) => ({ ...previous, page: follow.page, results: undefined }));
  }

  const { module } = target.preview;
  const state = useMemo<PlaybackState>(
    () => ({
      courseId: target.courseId,
      courseTitle: target.courseTitle,
      learnerId: 'preview',
      module,
      attemptNumber: attempt.attemptNumber,
      attemptsAllowed: null,
      page: attempt.page,
      answers: keepMatching(attempt.answers, module),
      scenarios: attempt.scenarios,
      ...(attempt.results && { results: attempt.results }),
      notices: [],
    }),
    [target.courseId, target.courseTitle, module, attempt],
  );

  const { courseId, file, text } = target;
  const actions = useMemo<PlayerActions>(
    () => ({
      async submitAnswer(quizId, answer) {
        const grade = await call((api, trainerToken) => api.previewAnswer({ trainerToken, courseId, file, text, quizId, answer }));
        const { correctAnswer: _shownByTheAnswerKey, ...feedback } = grade;
        setAttempt((previous) => ({ ...previous, answers: { ...previous.answers, [quizId]: { answer, feedback } } }));
        return { feedback, save: saved };
      },
      async chooseScenario(quizId, path) {
        const trail = await call((api, trainerToken) => api.previewScenario({ trainerToken, courseId, file, text, quizId, path }));
        setAttempt((previous) => ({ ...previous, scenarios: { ...previous.scenarios, [quizId]: trail } }));
        return { trail, save: saved };
      },
      goToPage(page) {
        setAttempt((previous) => ({ ...previous, page }));
      },
      async finish() {
        setAttempt((previous) => ({ ...previous, results: resultsOf(module, previous) }));
      },
      async retake() {
        setAttempt((previous) => ({ page: 0, attemptNumber: previous.attemptNumber + 1, answers: {}, scenarios: {} }));
      },
    }),
    [call, courseId, file, text, module],
  );

  return { state, actions };
}

// An answer given before the question was retyped as another kind would not fit its new inputs.
function keepMatching(answers: Attempt['answers'], module: LearnerModule): Attempt['answers'] {
  return Object.fromEntries(Object.entries(answers).filter(([id, given]) => module.quizzes[id]?.type === given.answer.type));
}

/** A results screen like the learner's, computed from this preview's answers. */
function resultsOf(module: LearnerModule, attempt: Attempt): ModuleResults {
  let score = 0;
  let maxScore = 0;
  const missed: ModuleResults['missed'] = [];
  for (const quiz of Object.values(module.quizzes)) {
    if (!quiz.graded || quiz.type === 'reflection') continue;
    const outcome = quiz.type === 'scenario' ? attempt.scenarios[quiz.id]?.outcome : undefined;
    const feedback: Pick<QuizFeedback, 'score' | 'maxScore' | 'correct' | 'explanation'> | undefined =
      quiz.type === 'scenario'
        ? outcome && { score: outcome.score, maxScore: outcome.maxScore, correct: outcome.score >= outcome.maxScore }
        : attempt.answers[quiz.id]?.feedback;
    score += feedback?.score ?? 0;
    maxScore += feedback?.maxScore ?? quiz.points;
    if (!feedback?.correct)
      missed.push({ quizId: quiz.id, prompt: quiz.prompt, ...(feedback?.explanation && { explanation: feedback.explanation }) });
  }
  const percent = maxScore > 0 ? Math.round((score / maxScore) * 100) : 100;
  return {
    attemptNumber: attempt.attemptNumber,
    score,
    maxScore,
    percent,
    passMark: module.passMark,
    passed: percent >= module.passMark,
    missed,
    attemptsLeft: null,
  };
}
