import { useState } from 'react';
import type { LearnerQuiz, ScenarioTrail } from '../../../../../core/api/playback-types';
import { Button } from '../../../ui/Button';
import { Html } from './Html';

interface ScenarioProps {
  quiz: LearnerQuiz & { type: 'scenario' };
  trail: ScenarioTrail | undefined;
  disabled: boolean;
  onChoose: (path: string[]) => Promise<void>;
}

/**
 * A branching role-play, one step at a time: each choice is sent to the Node side, which answers
 * the next step. It is played once per attempt; a retake starts it afresh.
 */
export function ScenarioQuestion({ quiz, trail, disabled, onChoose }: ScenarioProps) {
  const [busy, setBusy] = useState(false);
  const steps = trail?.steps ?? [{ step: quiz.start }];
  const path = steps.flatMap((entry) => (entry.chosen ? [entry.chosen] : []));
  const current = trail?.outcome ? undefined : steps[steps.length - 1];

  const choose = async (nextPath: string[]) => {
    setBusy(true);
    try {
      await onChoose(nextPath);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="scenario">
      <ol className="scenario__trail">
        {steps.map((entry, index) => (
          <li key={`${entry.step.id}-${index}`} className="scenario__step">
            <Html className="scenario__situation" html={entry.step.text} />
            {entry.chosen && (
              <div className="scenario__chosen">
                <p className="scenario__you">
                  <span className="scenario__you-label">You:</span>{' '}
                  <Html as="span" html={entry.step.choices.find((choice) => choice.id === entry.chosen)?.text ?? ''} />
                </p>
                {entry.feedback && <Html className="scenario__feedback" html={entry.feedback} />}
              </div>
            )}
          </li>
        ))}
      </ol>
      {current && !current.chosen && (
        <div className="scenario__choices" role="group" aria-label="What do you do?">
          <p className="choices__instruction">What do you do?</p>
          {current.step.choices.map((choice) => (
            <Button
              key={choice.id}
              className="scenario__choice"
              isDisabled={disabled || busy}
              onPress={() => void choose([...path, choice.id])}
            >
              <Html as="span" html={choice.text} />
            </Button>
          ))}
        </div>
      )}
      {trail?.outcome && (
        <div className="scenario__outcome" role="status">
          <p className="scenario__outcome-title">
            {trail.outcome.title}
            <span className="scenario__score">
              {' '}
              — {trail.outcome.score} of {trail.outcome.maxScore} points
            </span>
          </p>
          {trail.outcome.feedback.map((html) => (
            <Html key={html} html={html} />
          ))}
        </div>
      )}
    </div>
  );
}
