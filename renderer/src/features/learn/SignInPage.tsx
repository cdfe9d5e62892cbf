import { useState } from 'react';
import { Dialog, DialogTrigger, Form, Heading, Input, Label, Modal, ModalOverlay, TextField, FieldError } from 'react-aria-components';
import type { LearnerSummary } from '../../../../core/api/playback-types';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/use-api-query';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useCurrentLearner } from './current-learner';
import './sign-in.css';

/** "Who is learning?": the learners known on this machine, and "I'm new" to add one. */
export function SignInPage() {
  const learners = useApiQuery('learners', (api) => api.listLearners({}));
  const { signIn } = useCurrentLearner();

  return (
    <div className="sign-in">
      <div className="page-intro">
        <h1>Who is learning?</h1>
        <p>Pick your name to continue where you left off. Each person sees only their own progress.</p>
      </div>
      {learners.status === 'loading' && <p role="status">Loading learners…</p>}
      {learners.status === 'error' && (
        <Notice tone="error" title="The list of learners could not be loaded">
          <p>{learners.message}</p>
          <Button onPress={learners.reload}>Try again</Button>
        </Notice>
      )}
      {learners.status === 'ready' && (
        <>
          {learners.data.length > 0 && (
            <ul className="learner-list" aria-label="Learners on this machine">
              {learners.data.map((learner) => (
                <li key={learner.id}>
                  <Button className="learner-button" onPress={() => signIn(learner)}>
                    <span className="learner-button__initials" aria-hidden="true">
                      {initials(learner.name)}
                    </span>
                    <span className="learner-button__name">{learner.name}</span>
                    {learner.staffId && <span className="learner-button__staff">Staff id {learner.staffId}</span>}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {learners.data.length === 0 && <p>Nobody has learned on this machine yet. Add your name to start.</p>}
          <NewLearnerDialog onAdded={signIn} />
        </>
      )}
    </div>
  );
}

function NewLearnerDialog({ onAdded }: { onAdded: (learner: LearnerSummary) => void }) {
  const api = useApi();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <DialogTrigger>
      <Button variant="primary">I’m new</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <Form
                className="dialog__form"
                onSubmit={async (event) => {
                  event.preventDefault();
                  const data = new FormData(event.currentTarget);
                  setBusy(true);
                  setError(null);
                  try {
                    const learner = await api.addLearner({ name: String(data.get('name') ?? ''), staffId: String(data.get('staffId') ?? '') || undefined });
                    close();
                    onAdded(learner);
                  } catch (failure) {
                    setError(failure instanceof Error ? failure.message : String(failure));
                  } finally {
                    setBusy(false);
                  }
                }}
              >
                <Heading slot="title">Add yourself</Heading>
                <TextField name="name" isRequired autoFocus maxLength={100} className="field">
                  <Label>Your name</Label>
                  <Input className="field__input" autoComplete="name" />
                  <FieldError className="field__error">Please enter your name.</FieldError>
                </TextField>
                <TextField name="staffId" maxLength={50} className="field">
                  <Label>Staff id (optional)</Label>
                  <Input className="field__input" autoComplete="off" />
                </TextField>
                {error && (
                  <p className="field__error" role="alert">
                    {error}
                  </p>
                )}
                <div className="dialog__actions">
                  <Button onPress={close}>Cancel</Button>
                  <Button type="submit" variant="primary" isDisabled={busy}>
                    Start learning
                  </Button>
                </div>
              </Form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}
