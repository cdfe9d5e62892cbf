import { useState } from 'react';
import { Link } from 'react-aria-components';
import { hrefFor, useHashRoute } from '../../app/use-hash-route';
import { useApi } from '../../api/api-context';
import { Button } from '../../ui/Button';
import { useTrainer } from '../trainer/trainer-session';
import { RecordsView } from './RecordsView';
import { RepairNotices } from './RepairNotices';
import { SessionDetail } from './sessions/SessionDetail';
import { SessionForm } from './sessions/SessionForm';
import { SessionsView } from './sessions/SessionsView';
import { SettingsView } from './settings/SettingsView';
import './records.css';

const sections = [
  { id: 'records', label: 'Records', href: hrefFor('records') },
  { id: 'sessions', label: 'Sessions', href: hrefFor('records', 'sessions') },
  { id: 'settings', label: 'Settings', href: hrefFor('records', 'settings') },
] as const;

/**
 * The trainer's area: `#/records` (completion records), `#/records/sessions[/new | /<id>[/edit]]`
 * and `#/records/settings`. The sections are links, not tabs, because each is a place in the URL
 * that a reload or the back button must return to.
 */
export function RecordsPage() {
  const [, section, id, action] = useHashRoute();
  const current = section === 'sessions' || section === 'settings' ? section : 'records';
  return (
    <div className="records">
      <div className="records__bar">
        <nav aria-label="Records area">
          <ul className="nav-links">
            {sections.map((item) => (
              <li key={item.id}>
                <Link href={item.href} className="nav-link" aria-current={item.id === current ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <LockButton />
      </div>
      <RepairNotices />
      {current === 'records' && <RecordsView />}
      {current === 'sessions' && !id && <SessionsView />}
      {current === 'sessions' && id === 'new' && <SessionForm key="new" sessionId={null} />}
      {current === 'sessions' && id && id !== 'new' && action === 'edit' && <SessionForm key={id} sessionId={id} />}
      {current === 'sessions' && id && id !== 'new' && action !== 'edit' && <SessionDetail key={id} sessionId={id} />}
      {current === 'settings' && <SettingsView />}
    </div>
  );
}

function LockButton() {
  const api = useApi();
  const { guard, lock } = useTrainer();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      isDisabled={busy}
      onPress={() =>
        void (async () => {
          setBusy(true);
          try {
            await guard((trainerToken) => api.lockTrainer({ trainerToken }));
          } catch {
            // Locking must never fail from the trainer's point of view: the token is dropped here either way.
          } finally {
            lock();
          }
        })()
      }
    >
      Lock now
    </Button>
  );
}
