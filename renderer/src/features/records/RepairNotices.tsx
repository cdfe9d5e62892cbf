import { useState } from 'react';
import type { RepairNotice } from '../../../../core/api/records-types';
import { useApi } from '../../api/api-context';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useTrainer } from '../trainer/trainer-session';
import { formatDateTime } from './format';
import { useTrainerQuery } from './use-trainer-query';

const titles: Record<RepairNotice['area'], string> = {
  learners: 'A learners’ file was repaired',
  sessions: 'The classroom sessions file was repaired',
};

/**
 * Repairs Course Studio made to damaged data files, at the top of every Records page until a
 * trainer has read and dismissed them. Nothing shows when there are none.
 */
export function RepairNotices() {
  const notices = useTrainerQuery('repair-notices', (api, trainerToken) => api.listRepairNotices({ trainerToken }));
  if (notices.status === 'loading' || (notices.status === 'ready' && notices.data.length === 0)) return null;
  if (notices.status === 'error') {
    return (
      <Notice tone="error" title="The repair notices could not be loaded">
        <p>{notices.message}</p>
      </Notice>
    );
  }
  return (
    <section className="repair-notices" aria-label="Repairs to data files">
      {notices.data.map((notice) => (
        <RepairNoticeItem key={notice.id} notice={notice} onDismissed={notices.reload} />
      ))}
    </section>
  );
}

function RepairNoticeItem({ notice, onDismissed }: { notice: RepairNotice; onDismissed: () => void }) {
  const api = useApi();
  const { guard } = useTrainer();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dismiss = async () => {
    setBusy(true);
    setError(null);
    try {
      await guard((trainerToken) => api.dismissRepairNotice({ trainerToken, noticeId: notice.id }));
      onDismissed();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };
  return (
    <Notice tone="warning" title={titles[notice.area]}>
      <p>{notice.message}</p>
      <p className="repair-notices__meta">
        Found {formatDateTime(notice.at)}.{notice.movedTo && ` The damaged file is kept at ${notice.movedTo}.`}
      </p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <Button isDisabled={busy} onPress={() => void dismiss()} aria-label={`Dismiss: ${titles[notice.area]}`}>
        Dismiss
      </Button>
    </Notice>
  );
}
