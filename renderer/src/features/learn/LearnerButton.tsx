import type { LearnerSummary } from '../../../../core/api/playback-types';
import { Button } from '../../ui/Button';
import './sign-in.css';

/** A learner's name as a big button: the sign-in screens are used by touch as often as by mouse. */
export function LearnerButton({ learner, onPress }: { learner: LearnerSummary; onPress: () => void }) {
  return (
    <Button className="learner-button" onPress={onPress}>
      <span className="learner-button__initials" aria-hidden="true">
        {initials(learner.name)}
      </span>
      <span className="learner-button__name">{learner.name}</span>
      {learner.staffId && <span className="learner-button__staff">Staff id {learner.staffId}</span>}
    </Button>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}
