import { useState } from 'react';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { Session } from '../../../../../core/api/records-types';
import { hrefFor } from '../../../app/use-hash-route';
import { useApi } from '../../../api/api-context';
import { Button } from '../../../ui/Button';
import { useTrainer } from '../../trainer/trainer-session';

/** Deleting asks first: a planned session is the trainer's work, and there is no undo. */
export function DeleteSessionButton({ session }: { session: Session }) {
  const api = useApi();
  const { guard } = useTrainer();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <DialogTrigger>
      <Button>Delete…</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog" role="alertdialog">
            {({ close }) => (
              <div className="dialog__form">
                <Heading slot="title">Delete {session.name}?</Heading>
                <p>The session is removed from this machine. This cannot be undone.</p>
                {error && (
                  <p className="field__error" role="alert">
                    {error}
                  </p>
                )}
                <div className="dialog__actions">
                  <Button onPress={close} autoFocus>
                    Keep it
                  </Button>
                  <Button
                    variant="primary"
                    isDisabled={busy}
                    onPress={() =>
                      void (async () => {
                        setBusy(true);
                        setError(null);
                        try {
                          await guard((trainerToken) => api.deleteSession({ trainerToken, sessionId: session.id }));
                          close();
                          window.location.hash = hrefFor('records', 'sessions');
                        } catch (failure) {
                          setError(failure instanceof Error ? failure.message : String(failure));
                          setBusy(false);
                        }
                      })()
                    }
                  >
                    Delete session
                  </Button>
                </div>
              </div>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
