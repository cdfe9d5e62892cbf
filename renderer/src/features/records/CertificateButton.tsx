import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { Button } from '../../ui/Button';
import { useTrainer } from '../trainer/trainer-session';
import { DownloadLink } from './DownloadLink';

interface Props {
  learnerId: string;
  learnerName: string;
  courseId: string;
  courseTitle: string;
}

type State = { status: 'idle' | 'busy' } | { status: 'ready'; url: string; fileName: string } | { status: 'error'; message: string };

/** "Certificate (PDF)" for one learner and course: made on request, then offered as a download. */
export function CertificateButton({ learnerId, learnerName, courseId, courseTitle }: Props) {
  const api = useApi();
  const { guard } = useTrainer();
  const [state, setState] = useState<State>({ status: 'idle' });

  if (state.status === 'ready') {
    return <DownloadLink url={state.url} fileName={state.fileName} label={`Download certificate for ${learnerName}`} />;
  }
  return (
    <span className="certificate">
      <Button
        variant="quiet"
        className="certificate__button"
        isDisabled={state.status === 'busy'}
        aria-label={`Certificate (PDF) for ${learnerName}, ${courseTitle}`}
        onPress={() =>
          void (async () => {
            setState({ status: 'busy' });
            try {
              const made = await guard((trainerToken) => api.makeCertificate({ trainerToken, learnerId, courseId }));
              setState({ status: 'ready', url: made.downloadUrl, fileName: made.fileName });
            } catch (failure) {
              setState({ status: 'error', message: failure instanceof Error ? failure.message : String(failure) });
            }
          })()
        }
      >
        {state.status === 'busy' ? 'Making…' : 'Certificate (PDF)'}
      </Button>
      {state.status === 'error' && (
        <span className="certificate__error" role="alert">
          {state.message}
        </span>
      )}
    </span>
  );
}
