import type { QuizFeedback } from '../../../../../core/api/playback-types';
import { Html } from './Html';

function verdict(feedback: QuizFeedback): { tone: 'right' | 'wrong' | 'partial' | 'neutral'; text: string } {
  if (feedback.error) return { tone: 'wrong', text: feedback.error.message };
  if (feedback.correct === null) return { tone: 'neutral', text: 'Thank you: your answer is recorded.' };
  if (feedback.correct) return { tone: 'right', text: 'Correct' };
  if (feedback.score > 0)
    return { tone: 'partial', text: `Partly right: ${formatPoints(feedback.score)} of ${formatPoints(feedback.maxScore)} points` };
  return { tone: 'wrong', text: 'Not quite' };
}

function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(1);
}

/** Right, wrong or partly right, in words and colour, then the trainer's feedback and explanation. */
export function FeedbackPanel({ feedback }: { feedback: QuizFeedback }) {
  const { tone, text } = verdict(feedback);
  return (
    <div className={`feedback feedback--${tone}`}>
      <p className="feedback__verdict">
        <span className="feedback__icon" aria-hidden="true">
          {tone === 'right' ? '✓' : tone === 'wrong' ? '✗' : tone === 'partial' ? '◐' : '✎'}
        </span>
        {text}
      </p>
      {feedback.feedback.map((html) => (
        <Html key={html} className="feedback__text" html={html} />
      ))}
      {feedback.explanation && <Html className="feedback__explanation" html={feedback.explanation} />}
    </div>
  );
}
