import { hrefFor } from '../../app/use-hash-route';
import { Button } from '../../ui/Button';
import { useCurrentLearner } from './current-learner';

/** "Learning as <name>" and the one-click way to hand the screen to someone else. */
export function CurrentLearnerBadge() {
  const { learner, signOut } = useCurrentLearner();
  if (!learner) return null;
  return (
    <>
      <span>
        Learning as <strong>{learner.name}</strong>
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
  );
}
