import type { FormEvent } from 'react';
import type { TrainerSettings } from '../../../../../core/api/records-types';
import { useApi } from '../../../api/api-context';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { useAction } from '../../../ui/use-action';
import { useTrainer } from '../../trainer/trainer-session';
import { useTrainerQuery } from '../use-trainer-query';
import { ChangePasscodeForm } from './ChangePasscodeForm';
import { FormMessage } from './FormMessage';
import { SettingsField } from './SettingsField';

/** `#/records/settings`: what certificates and exports say about the trainer, and the passcode. */
export function SettingsView() {
  const settings = useTrainerQuery('settings', (api, trainerToken) => api.getSettings({ trainerToken }));
  return (
    <div className="settings-view">
      <div className="page-intro">
        <h1>Settings</h1>
        <p>Certificates name the trainer and organisation; xAPI exports identify learners by their account on the home page below.</p>
      </div>
      {settings.status === 'loading' && <p role="status">Loading settings…</p>}
      {settings.status === 'error' && (
        <Notice tone="error" title="The settings could not be loaded">
          <p>{settings.message}</p>
          <Button onPress={settings.reload}>Try again</Button>
        </Notice>
      )}
      {settings.status === 'ready' && <SettingsForm initial={settings.data} />}
      <ChangePasscodeForm />
    </div>
  );
}

function SettingsForm({ initial }: { initial: TrainerSettings }) {
  const api = useApi();
  const { guard } = useTrainer();
  const { run, busy, error, success } = useAction(async (data: FormData) => {
    const next = {
      trainerName: String(data.get('trainerName') ?? ''),
      organisation: String(data.get('organisation') ?? ''),
      xapiAccountHomePage: String(data.get('xapiAccountHomePage') ?? ''),
    };
    await guard((trainerToken) => api.saveSettings({ trainerToken, ...next }));
    return 'Settings saved.';
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(new FormData(event.currentTarget));
  };

  return (
    <section className="records-panel" aria-labelledby="settings-title">
      <h2 id="settings-title" className="records-panel__title">
        Trainer and organisation
      </h2>
      <form className="settings-form" onSubmit={submit}>
        <SettingsField name="trainerName" label="Trainer name" defaultValue={initial.trainerName} maxLength={100} />
        <SettingsField name="organisation" label="Organisation" defaultValue={initial.organisation} maxLength={100} />
        <SettingsField
          name="xapiAccountHomePage"
          label="xAPI account home page"
          type="url"
          defaultValue={initial.xapiAccountHomePage}
          maxLength={500}
          help="The web address that learner accounts belong to in xAPI statements, e.g. https://lms.example.org."
        />
        <FormMessage success={success} error={error} />
        <Button type="submit" variant="primary" isDisabled={busy}>
          Save settings
        </Button>
      </form>
    </section>
  );
}
