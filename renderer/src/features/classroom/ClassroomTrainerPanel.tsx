import { useState } from 'react';
import type { Classroom } from '../../../../core/api/records-types';
import { hrefFor } from '../../app/use-hash-route';
import { useApi } from '../../api/api-context';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useCurrentLearner } from '../learn/current-learner';
import { useTrainer } from '../trainer/trainer-session';
import { useClassroom } from './classroom-context';

/** What the trainer can do from the kiosk once unlocked: end the session, or watch it in Records. */
export function ClassroomTrainerPanel({ classroom }: { classroom: Classroom }) {
  const api = useApi();
  const { guard } = useTrainer();
  const { refresh } = useClassroom();
  const { signOut } = useCurrentLearner();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const end = async () => {
    setBusy(true);
    setError(null);
    try {
      await guard((trainerToken) => api.endSession({ trainerToken, sessionId: classroom.sessionId }));
      signOut();
      window.location.hash = hrefFor('learn');
      await refresh();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };

  const count = classroom.learners.length;
  return (
    <section className="trainer-gate classroom-panel" aria-labelledby="classroom-panel-title">
      <h1 id="classroom-panel-title">{classroom.name}</h1>
      <p>
        This machine is in classroom mode.{' '}
        {count === 0 ? 'Nobody has joined yet.' : `${count} ${count === 1 ? 'learner has' : 'learners have'} joined.`}
      </p>
      {error && (
        <Notice tone="error" title="The session could not be ended">
          <p>{error}</p>
        </Notice>
      )}
      <div className="classroom-panel__actions">
        <Button variant="primary" isDisabled={busy} onPress={() => void end()}>
          End session
        </Button>
        <Button onPress={() => (window.location.hash = hrefFor('records', 'sessions', classroom.sessionId))}>Open Records</Button>
        <Button variant="quiet" onPress={() => (window.location.hash = hrefFor('learn'))}>
          Back to the learners
        </Button>
      </div>
    </section>
  );
}
