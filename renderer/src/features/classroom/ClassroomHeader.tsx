import type { Classroom } from '../../../../core/api/records-types';
import { hrefFor } from '../../app/use-hash-route';
import { useCurrentLearner } from '../learn/current-learner';
import { Button } from '../../ui/Button';

/**
 * The kiosk's header: the session's name, who is learning, and the one way out, "Trainer". There is
 * no area navigation, and "Switch learner" goes back to the session's own sign-in list.
 */
export function ClassroomHeader({ classroom, learnerName }: { classroom: Classroom; learnerName: string | null }) {
  const { signOut } = useCurrentLearner();
  return (
    <header className="app-header">
      <a className="app-header__brand" href={hrefFor('learn')}>
        <span className="app-header__mark" aria-hidden="true">
          CS
        </span>
        Course Studio
      </a>
      <p className="classroom-header__session">
        <span className="classroom-header__label">Classroom session</span> <strong>{classroom.name}</strong>
      </p>
      <div className="app-header__learner">
        {learnerName && (
          <>
            <span>
              Learning as <strong>{learnerName}</strong>
            </span>
            <Button
              variant="quiet"
              onPress={() => {
                signOut();
                window.location.hash = hrefFor('learn');
              }}
            >
              Switch learner
            </Button>
          </>
        )}
        <Button onPress={() => (window.location.hash = hrefFor('trainer'))}>Trainer</Button>
      </div>
    </header>
  );
}
