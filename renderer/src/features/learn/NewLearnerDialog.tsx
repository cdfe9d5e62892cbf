import { useState } from 'react';
import { Dialog, DialogTrigger, FieldError, Form, Heading, Input, Label, Modal, ModalOverlay, TextField } from 'react-aria-components';
import type { LearnerSummary } from '../../../../core/api/playback-types';
import { useApi } from '../../api/api-context';
import { Button } from '../../ui/Button';

/**
 * "I'm new": adds a learner on this machine. `onAdded` may be async (classroom mode also joins the
 * session); the dialog stays open, showing any error, until it has finished.
 */
export function NewLearnerDialog({ onAdded }: { onAdded: (learner: LearnerSummary) => void | Promise<void> }) {
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
                onSubmit={(event) =>
                  void (async () => {
                    event.preventDefault();
                    const data = new FormData(event.currentTarget);
                    setBusy(true);
                    setError(null);
                    try {
                      const learner = await api.addLearner({
                        name: String(data.get('name') ?? ''),
                        staffId: String(data.get('staffId') ?? '') || undefined,
                      });
                      await onAdded(learner);
                      close();
                    } catch (failure) {
                      setError(failure instanceof Error ? failure.message : String(failure));
                    } finally {
                      setBusy(false);
                    }
                  })()
                }
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
