import type { FormEvent } from 'react';
import { useApi } from '../../../api/api-context';
import { Button } from '../../../ui/Button';
import { useAction } from '../../../ui/use-action';
import { useTrainer } from '../../trainer/trainer-session';
import { FormMessage } from './FormMessage';
import { SettingsField } from './SettingsField';

export function ChangePasscodeForm() {
  const api = useApi();
  const { guard } = useTrainer();
  const { run, busy, error, success } = useAction(async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const next = String(data.get('next') ?? '');
    if (next !== String(data.get('again') ?? '')) throw new Error('The two new passcodes are different. Type the same passcode twice.');
    await guard((trainerToken) => api.changePasscode({ trainerToken, current: String(data.get('current') ?? ''), next }));
    form.reset();
    return 'Passcode changed. Use the new one from now on.';
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(event.currentTarget);
  };

  return (
    <section className="records-panel" aria-labelledby="passcode-title">
      <h2 id="passcode-title" className="records-panel__title">
        Change the trainer passcode
      </h2>
      <form className="settings-form" onSubmit={submit}>
        <SettingsField name="current" label="Current passcode" type="password" autoComplete="current-password" />
        <SettingsField name="next" label="New passcode" type="password" autoComplete="new-password" help="At least 6 characters." />
        <SettingsField name="again" label="New passcode again" type="password" autoComplete="new-password" />
        <FormMessage success={success} error={error} />
        <Button type="submit" isDisabled={busy}>
          Change passcode
        </Button>
      </form>
    </section>
  );
}
