import type { Page, PlaybackState } from '../../../../core/api/playback-types';
import { Html } from './quiz/Html';
import { QuizCard } from './quiz/QuizCard';
import type { PlayerActions } from './player-actions';

interface PageContentProps {
  page: Page;
  state: PlaybackState;
  locked: boolean;
  actions: PlayerActions;
}

/** One page of a module: the trainer's text with its questions in place. */
export function PageContent({ page, state, locked, actions }: PageContentProps) {
  return (
    <div className="page-content">
      {page.blocks.map((block, index) => {
        if (block.kind === 'html') return <Html key={index} className="prose" html={block.html} />;
        // Pools are resolved to the questions drawn for this attempt before the module gets here.
        if (block.kind !== 'quiz') return null;
        const quiz = state.module.quizzes[block.quizId];
        if (!quiz) return null;
        return (
          <QuizCard
            key={`${state.attemptNumber}-${quiz.id}`}
            quiz={quiz}
            answered={state.answers[quiz.id]}
            scenarioTrail={state.scenarios[quiz.id]}
            locked={locked}
            onSubmit={async (answer) => void (await actions.submitAnswer(quiz.id, answer))}
            onScenarioChoice={async (path) => void (await actions.chooseScenario(quiz.id, path))}
          />
        );
      })}
    </div>
  );
}
