import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Disclosure, DisclosurePanel, Heading, Button as AriaButton } from 'react-aria-components';
import type { Answer, LearnerQuiz, QuizFeedback, ScenarioTrail } from '../../../../../core/api/playback-types';
import { Button } from '../../../ui/Button';
import { MultipleResponseQuestion, SingleChoiceQuestion, TrueFalseQuestion } from './ChoiceQuestion';
import { FeedbackPanel } from './FeedbackPanel';
import { Html } from './Html';
import { MatchQuestion } from './MatchQuestion';
import { OrderQuestion } from './OrderQuestion';
import { ScenarioQuestion } from './ScenarioQuestion';
import { ReflectionQuestion, TextQuestion } from './TextQuestion';
import './quiz.css';

export interface QuizCardProps {
  quiz: LearnerQuiz;
  /** The learner's last submitted answer and what the Node side said about it. */
  answered?: { answer: Answer; feedback: QuizFeedback };
  scenarioTrail?: ScenarioTrail;
  /** The attempt is over (results shown) or no attempts are left: nothing may change. */
  locked: boolean;
  onSubmit: (answer: Answer) => Promise<void>;
  onScenarioChoice: (path: string[]) => Promise<void>;
}

const typeLabels: Record<LearnerQuiz['type'], string> = {
  single: 'Choose one',
  multiple: 'Choose all that apply',
  'true-false': 'True or false',
  text: 'Short answer',
  order: 'Put in order',
  match: 'Match the pairs',
  scenario: 'Scenario',
  reflection: 'Reflection',
};

/**
 * One question: prompt, input, submit, feedback. A graded question takes one submission per
 * attempt and then locks; practice questions and reflections may be answered again.
 */
export function QuizCard({ quiz, answered, scenarioTrail, locked, onSubmit, onScenarioChoice }: QuizCardProps) {
  const promptId = useId();
  const [draft, setDraft] = useState<Answer | undefined>(answered?.answer ?? initialDraft(quiz));
  const [submitting, setSubmitting] = useState(false);
  const finalOnceAnswered = quiz.graded && quiz.type !== 'reflection';
  const inputLocked = locked || submitting || (finalOnceAnswered && answered !== undefined);
  const canSubmit = !inputLocked && isComplete(quiz, draft);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!canSubmit || !draft) return;
    setSubmitting(true);
    try {
      await onSubmit(draft);
    } finally {
      setSubmitting(false);
    }
  };

  // Enter submits from any control but a multi-line text box or a button (which acts on its own).
  const submitOnEnter = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || event.shiftKey || target.tagName === 'TEXTAREA' || target.tagName === 'BUTTON') return;
    event.preventDefault();
    void submit();
  };

  return (
    <section className={`quiz quiz--${quiz.type}`} aria-labelledby={promptId}>
      <p className="quiz__kind">
        <span>{typeLabels[quiz.type]}</span>
        {quiz.graded && quiz.type !== 'reflection' ? (
          <span>{quiz.points === 1 ? '1 point' : `${quiz.points} points`}</span>
        ) : (
          <span className="quiz__practice">{quiz.type === 'reflection' ? 'Not scored' : 'Practice'}</span>
        )}
      </p>
      <Html id={promptId} className="quiz__prompt" html={quiz.prompt} />
      {quiz.hint && (
        <Disclosure className="quiz__hint">
          <Heading level={3} className="quiz__hint-heading">
            <AriaButton slot="trigger" className="quiz__hint-toggle">
              Show a hint
            </AriaButton>
          </Heading>
          <DisclosurePanel>
            <Html html={quiz.hint} />
          </DisclosurePanel>
        </Disclosure>
      )}
      {quiz.type === 'scenario' ? (
        <ScenarioQuestion quiz={quiz} trail={scenarioTrail} disabled={locked} onChoose={onScenarioChoice} />
      ) : (
        <form className="quiz__form" onSubmit={(event) => void submit(event)} onKeyDown={submitOnEnter}>
          <QuestionInput quiz={quiz} draft={draft} setDraft={setDraft} disabled={inputLocked} labelledBy={promptId} />
          {!(finalOnceAnswered && answered) && !locked && (
            <div className="quiz__actions">
              <Button type="submit" variant="primary" isDisabled={!canSubmit}>
                {answered ? 'Submit again' : quiz.type === 'reflection' ? 'Save answer' : 'Submit answer'}
              </Button>
            </div>
          )}
        </form>
      )}
      <div aria-live="polite">{answered && quiz.type !== 'scenario' && <FeedbackPanel feedback={answered.feedback} />}</div>
    </section>
  );
}

interface InputProps {
  quiz: LearnerQuiz;
  draft: Answer | undefined;
  setDraft: (answer: Answer) => void;
  disabled: boolean;
  labelledBy: string;
}

function QuestionInput({ quiz, draft, setDraft, disabled, labelledBy }: InputProps) {
  const common = { onChange: setDraft, disabled, labelledBy };
  // The learner view types single and multiple choice as one shape, so `case` cannot narrow them apart.
  switch (quiz.type) {
    case 'single':
      return (
        <SingleChoiceQuestion
          quiz={quiz as LearnerQuiz & { type: 'single' }}
          value={draft?.type === 'single' ? draft : undefined}
          {...common}
        />
      );
    case 'multiple':
      return (
        <MultipleResponseQuestion
          quiz={quiz as LearnerQuiz & { type: 'multiple' }}
          value={draft?.type === 'multiple' ? draft : undefined}
          {...common}
        />
      );
    case 'true-false':
      return <TrueFalseQuestion quiz={quiz} value={draft?.type === 'true-false' ? draft : undefined} {...common} />;
    case 'text':
      return <TextQuestion quiz={quiz} value={draft?.type === 'text' ? draft : undefined} {...common} />;
    case 'order':
      return <OrderQuestion quiz={quiz} value={draft?.type === 'order' ? draft : undefined} {...common} />;
    case 'match':
      return <MatchQuestion quiz={quiz} value={draft?.type === 'match' ? draft : undefined} {...common} />;
    case 'reflection':
      return <ReflectionQuestion quiz={quiz} value={draft?.type === 'reflection' ? draft : undefined} {...common} />;
    case 'scenario':
      return null;
  }
}

/** An ordering question starts as an answer already: the items in the order shown. */
function initialDraft(quiz: LearnerQuiz): Answer | undefined {
  return quiz.type === 'order' ? { type: 'order', order: quiz.items.map((item) => item.id) } : undefined;
}

/** Whether the draft is a whole answer worth sending. */
function isComplete(quiz: LearnerQuiz, draft: Answer | undefined): boolean {
  if (!draft) return false;
  switch (draft.type) {
    case 'multiple':
      return draft.choices.length > 0;
    case 'text':
      return draft.text.trim().length > 0;
    case 'match':
      return quiz.type === 'match' && quiz.left.every((left) => draft.pairs[left.id] !== undefined);
    case 'reflection':
      return draft.value !== undefined || (draft.text ?? '').trim().length > 0;
    default:
      return true;
  }
}
