import { useState, type FormEvent } from 'react';
import { useApi } from '../../../api/api-context';
import { Button } from '../../../ui/Button';
import { useTrainer } from '../../trainer/trainer-session';
import { SettingsField } from './SettingsField';

export function ChangePasscodeForm() {
  const api = useApi();
  const { guard } = useTrainer();
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const next = String(data.get('next') ?? '');
    if (next !== String(data.get('again') ?? '')) {
      setMessage({ tone: 'error', text: 'The two new passcodes are different. Type the same passcode twice.' });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      await guard((trainerToken) => api.changePasscode({ trainerToken, current: String(data.get('current') ?? ''), next }));
      form.reset();
      setMessage({ tone: 'ok', text: 'Passcode changed. Use the new one from now on.' });
    } catch (failure) {
      setMessage({ tone: 'error', text: failure instanceof Error ? failure.message : String(failure) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="records-panel" aria-labelledby="passcode-title">
      <h2 id="passcode-title" className="records-panel__title">
        Change the trainer passcode
      </h2>
      <form className="settings-form" onSubmit={(event) => void submit(event)}>
        <SettingsField name="current" label="Current passcode" type="password" autoComplete="current-password" />
        <SettingsField name="next" label="New passcode" type="password" autoComplete="new-password" help="At least 6 characters." />
        <SettingsField name="again" label="New passcode again" type="password" autoComplete="new-password" />
        {message && (
          <p className={message.tone === 'ok' ? 'settings-form__saved' : 'field__error'} role={message.tone === 'ok' ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
        <Button type="submit" isDisabled={busy}>
          Change passcode
        </Button>
      </form>
    </section>
  );
}
