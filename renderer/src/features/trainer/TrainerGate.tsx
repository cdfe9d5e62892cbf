import type { FormEvent, ReactNode } from 'react';
import { FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/use-api-query';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useAction } from '../../ui/use-action';
import { useTrainer } from './trainer-session';
import './trainer.css';

/**
 * Shows its children only to an unlocked trainer. On a machine without a passcode it asks the
 * trainer to set one first; otherwise it asks for the passcode. The Node side checks the token on
 * every trainer call, so this screen is convenience, not the protection.
 */
export function TrainerGate({ area, children }: { area: string; children: ReactNode }) {
  const { token } = useTrainer();
  // Asked again whenever the lock closes: a trainer who just set the passcode and locked must see "Unlock".
  const status = useApiQuery(`trainer-status/${token ? 'unlocked' : 'locked'}`, (api) => api.getTrainerStatus({}));
  if (token) return <>{children}</>;
  if (status.status === 'loading') return <p role="status">Checking the trainer lock…</p>;
  if (status.status === 'error') {
    return (
      <Notice tone="error" title="The trainer lock could not be checked">
        <p>{status.message}</p>
      </Notice>
    );
  }
  return status.data.passcodeSet ? <UnlockForm area={area} /> : <SetPasscodeForm area={area} />;
}

function UnlockForm({ area }: { area: string }) {
  const api = useApi();
  const { unlocked } = useTrainer();
  const { run, busy, error } = useAction(async (passcode: string) => unlocked((await api.unlockTrainer({ passcode })).trainerToken));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(String(new FormData(event.currentTarget).get('passcode') ?? ''));
  };

  return (
    <section className="trainer-gate" aria-labelledby="trainer-gate-title">
      <h1 id="trainer-gate-title">{area} is for trainers</h1>
      <p>Enter the trainer passcode to continue. Learners can keep using the Learn area without it.</p>
      <Form className="trainer-gate__form" onSubmit={submit}>
        <TextField name="passcode" type="password" isRequired autoFocus className="field">
          <Label>Trainer passcode</Label>
          <Input className="field__input" autoComplete="current-password" />
          <FieldError className="field__error">Enter the passcode.</FieldError>
        </TextField>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <Button type="submit" variant="primary" isDisabled={busy}>
          Unlock
        </Button>
      </Form>
      <p className="trainer-gate__help">
        Forgotten the passcode? Someone with access to this machine’s data folder can reset it (see docs/trainer-lock.md).
      </p>
    </section>
  );
}

function SetPasscodeForm({ area }: { area: string }) {
  const api = useApi();
  const { unlocked } = useTrainer();
  const { run, busy, error } = useAction(async (passcode: string, confirm: string) => {
    if (passcode !== confirm) throw new Error('The two passcodes are different. Type the same passcode twice.');
    unlocked((await api.setInitialPasscode({ passcode })).trainerToken);
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    void run(String(data.get('passcode') ?? ''), String(data.get('confirm') ?? ''));
  };

  return (
    <section className="trainer-gate" aria-labelledby="trainer-gate-title">
      <h1 id="trainer-gate-title">Set a trainer passcode</h1>
      <p>
        {area} and the other trainer areas are locked with a passcode, so learners on this machine cannot change courses or see others’
        records. Choose one of at least 6 characters that learners will not guess.
      </p>
      <Form className="trainer-gate__form" onSubmit={submit}>
        <TextField name="passcode" type="password" isRequired minLength={6} autoFocus className="field">
          <Label>New passcode</Label>
          <Input className="field__input" autoComplete="new-password" />
          <FieldError className="field__error">Use at least 6 characters.</FieldError>
        </TextField>
        <TextField name="confirm" type="password" isRequired className="field">
          <Label>Type it again</Label>
          <Input className="field__input" autoComplete="new-password" />
        </TextField>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <Button type="submit" variant="primary" isDisabled={busy}>
          Set passcode and continue
        </Button>
      </Form>
    </section>
  );
}
