import { useState } from 'react';
import type { Session } from '../../../../../core/api/records-types';
import { hrefFor } from '../../../app/use-hash-route';
import { useApi } from '../../../api/api-context';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { useClassroom } from '../../classroom/classroom-context';
import { useCurrentLearner } from '../../learn/current-learner';
import { useTrainer } from '../../trainer/trainer-session';
import { DownloadLink } from '../DownloadLink';
import { DeleteSessionButton } from './DeleteSessionButton';

type Result =
  { kind: 'certificates'; url: string; fileName: string; count: number } | { kind: 'error'; title: string; message: string } | null;

/** Start, end, edit, delete, and the session's certificates: what the trainer can do depends on where the session is. */
export function SessionActions({ session, onChanged }: { session: Session; onChanged: () => void }) {
  const api = useApi();
  const { guard, lock } = useTrainer();
  const classroom = useClassroom();
  const { signOut } = useCurrentLearner();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>(null);

  const run = async (title: string, action: () => Promise<void>) => {
    setBusy(true);
    setResult(null);
    try {
      await action();
    } catch (failure) {
      setResult({ kind: 'error', title, message: failure instanceof Error ? failure.message : String(failure) });
    } finally {
      setBusy(false);
    }
  };

  const start = () =>
    run('The session could not be started', async () => {
      await guard((trainerToken) => api.startSession({ trainerToken, sessionId: session.id }));
      // The machine is now a learners' kiosk: nobody is signed in, and the trainer area is locked
      // so learners cannot wander into it. Ending the session asks for the passcode again.
      signOut();
      lock();
      await classroom.refresh();
      window.location.hash = hrefFor('learn');
    });

  const end = () =>
    run('The session could not be ended', async () => {
      await guard((trainerToken) => api.endSession({ trainerToken, sessionId: session.id }));
      signOut();
      await classroom.refresh();
      onChanged();
    });

  const certificates = () =>
    run('The certificates could not be made', async () => {
      const made = await guard((trainerToken) => api.makeSessionCertificates({ trainerToken, sessionId: session.id }));
      setResult({ kind: 'certificates', url: made.downloadUrl, fileName: made.fileName, count: made.count });
    });

  return (
    <div className="session-actions">
      <div className="session-actions__buttons">
        {session.status === 'planned' && (
          <Button variant="primary" isDisabled={busy} onPress={() => void start()}>
            Start session on this machine
          </Button>
        )}
        {session.status === 'running' && (
          <Button variant="primary" isDisabled={busy} onPress={() => void end()}>
            End session
          </Button>
        )}
        {session.status !== 'planned' && (
          <Button isDisabled={busy} onPress={() => void certificates()}>
            Certificates for this session
          </Button>
        )}
        {session.status === 'planned' && (
          <a className="button button--secondary" href={hrefFor('records', 'sessions', session.id, 'edit')}>
            Edit
          </a>
        )}
        {session.status !== 'running' && session.learnerIds.length === 0 && <DeleteSessionButton session={session} />}
      </div>
      {result?.kind === 'certificates' && (
        <p className="records-panel__result" role="status">
          {result.count === 0
            ? 'Nobody in this session has completed the course yet, so there are no certificates.'
            : `${result.count} ${result.count === 1 ? 'certificate' : 'certificates'} ready.`}{' '}
          {result.count > 0 && <DownloadLink url={result.url} fileName={result.fileName} />}
        </p>
      )}
      {result?.kind === 'error' && (
        <Notice tone="error" title={result.title}>
          <p>{result.message}</p>
        </Notice>
      )}
    </div>
  );
}
