import type { RefObject } from 'react';
import type { LearnerModule, ModuleResults } from '../../../../core/api/playback-types';
import { Button } from '../../ui/Button';
import { Html } from './quiz/Html';

interface ResultsViewProps {
  results: ModuleResults;
  module: LearnerModule;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onRetake: () => Promise<void>;
  onReview: () => void;
}

/** Score, pass mark, passed or not, what was missed and why, and Retake while attempts remain. */
export function ResultsView({ results, headingRef, onRetake }: ResultsViewProps) {
  const canRetake = results.attemptsLeft === null || results.attemptsLeft > 0;
  return (
    <section className={`results results--${results.passed ? 'passed' : 'failed'}`} aria-labelledby="results-title">
      <h2 id="results-title" ref={headingRef} tabIndex={-1} className="results__title">
        {results.passed ? 'You passed this module' : 'Not passed this time'}
      </h2>
      <dl className="results__figures">
        <div>
          <dt>Your score</dt>
          <dd className="results__score">{results.percent}%</dd>
        </div>
        <div>
          <dt>Pass mark</dt>
          <dd>{results.passMark}%</dd>
        </div>
        <div>
          <dt>Points</dt>
          <dd>
            {formatPoints(results.score)} of {formatPoints(results.maxScore)}
          </dd>
        </div>
        <div>
          <dt>Attempt</dt>
          <dd>{results.attemptNumber}</dd>
        </div>
      </dl>
      {results.missed.length > 0 ? (
        <>
          <h3>Worth another look</h3>
          <ul className="results__missed">
            {results.missed.map((miss) => (
              <li key={miss.quizId}>
                <Html className="results__prompt" html={miss.prompt} />
                {miss.explanation && <Html className="results__explanation" html={miss.explanation} />}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>You answered every scored question correctly.</p>
      )}
      <div className="results__actions">
        {canRetake ? (
          <>
            <Button variant={results.passed ? 'secondary' : 'primary'} onPress={() => void onRetake()}>
              Retake the module
            </Button>
            <span className="results__attempts">
              {results.attemptsLeft === null
                ? 'You may retake it as often as you like.'
                : `${results.attemptsLeft} ${results.attemptsLeft === 1 ? 'attempt' : 'attempts'} left.`}
            </span>
          </>
        ) : (
          <span className="results__attempts">No attempts left. Your trainer can see your results.</span>
        )}
      </div>
    </section>
  );
}

function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(1);
}
