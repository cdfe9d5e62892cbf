import type { Classroom } from '../../../../core/api/records-types';
import { hrefFor } from '../../app/use-hash-route';
import { CurrentLearnerBadge } from '../learn/CurrentLearnerBadge';
import { Button } from '../../ui/Button';
import { BrandLink } from '../../app/BrandLink';

/**
 * The kiosk's header: the session's name, who is learning, and the one way out, "Trainer". There is
 * no area navigation, and "Switch learner" goes back to the session's own sign-in list.
 */
export function ClassroomHeader({ classroom, showLearner }: { classroom: Classroom; showLearner: boolean }) {
  return (
    <header className="app-header">
      <BrandLink />
      <p className="classroom-header__session">
        <span className="classroom-header__label">Classroom session</span> <strong>{classroom.name}</strong>
      </p>
      <div className="app-header__learner">
        {showLearner && <CurrentLearnerBadge />}
        <Button onPress={() => (window.location.hash = hrefFor('trainer'))}>Trainer</Button>
      </div>
    </header>
  );
}
