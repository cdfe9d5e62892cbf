import type { CorrectAnswer } from '../../../../core/api/author-types';
import type { LearnerModule, LearnerQuiz } from '../../../../core/api/playback-types';
import { Html } from '../player/quiz/Html';

/** The right answer to each question on the previewed page, for the trainer who wrote them. */
export function AnswerKey({
  module,
  page,
  answerKey,
}: {
  module: LearnerModule;
  page: number;
  answerKey: Record<string, CorrectAnswer | null>;
}) {
  const quizzes = quizIdsOn(module, page)
    .map((id) => module.quizzes[id])
    .filter((quiz): quiz is LearnerQuiz => quiz !== undefined);
  return (
    <section className="answer-key" aria-labelledby="answer-key-title">
      <h3 id="answer-key-title" className="answer-key__title">
        Answers on this page
      </h3>
      {quizzes.length === 0 ? (
        <p className="muted">No questions on this page.</p>
      ) : (
        <dl className="answer-key__list">
          {quizzes.map((quiz) => (
            <div key={quiz.id} className="answer-key__item">
              <dt>
                <Html as="span" html={quiz.prompt} />
              </dt>
              <dd>
                <CorrectAnswerText quiz={quiz} answer={answerKey[quiz.id] ?? null} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function quizIdsOn(module: LearnerModule, page: number): string[] {
  const blocks = module.pages[Math.min(page, module.pages.length - 1)]?.blocks ?? [];
  return blocks.flatMap((block) => {
    if (block.kind === 'quiz') return [block.quizId];
    if (block.kind === 'pool') return module.pools.find((pool) => pool.id === block.poolId)?.quizIds ?? [];
    return [];
  });
}

function CorrectAnswerText({ quiz, answer }: { quiz: LearnerQuiz; answer: CorrectAnswer | null }) {
  if (!answer) return <>{quiz.type === 'reflection' ? 'Any answer: reflections are not scored.' : 'No answer key.'}</>;
  const options = 'choices' in quiz ? quiz.choices : 'items' in quiz ? quiz.items : 'right' in quiz ? [...quiz.left, ...quiz.right] : [];
  const text = (id: string) => options.find((option) => option.id === id)?.text ?? id;
  const html = (ids: string[], separator: string) => ids.map(text).join(separator);
  switch (answer.type) {
    case 'single':
      return <Html as="span" html={text(answer.choice)} />;
    case 'multiple':
      return <Html as="span" html={html(answer.choices, '; ')} />;
    case 'true-false':
      return <>{answer.value ? 'True' : 'False'}</>;
    case 'text':
      return <>{answer.text}</>;
    case 'order':
      return <Html as="span" html={answer.order.map((id, i) => `${i + 1}. ${text(id)}`).join(' · ')} />;
    case 'match':
      return (
        <Html
          as="span"
          html={Object.entries(answer.pairs)
            .map(([left, right]) => `${text(left)} → ${text(right)}`)
            .join('; ')}
        />
      );
    case 'scenario':
      return <>Best path: {answer.path.join(' → ')}</>;
  }
}
