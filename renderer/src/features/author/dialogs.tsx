import { useState, type ReactNode } from 'react';
import { Dialog, FieldError, Form, Heading, Input, Label, Modal, ModalOverlay, TextField } from 'react-aria-components';
import { Button } from '../../ui/Button';
import { messageOf } from './use-author-call';

interface FrameProps {
  title: string;
  isOpen: boolean;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  /** Alert dialogs (confirmations) are announced as such and are not dismissed by a click outside. */
  role?: 'dialog' | 'alertdialog';
}

/** A modal in the house style (dialog.css), opened and closed by its owner. */
export function DialogFrame({ title, isOpen, onClose, children, wide, role = 'dialog' }: FrameProps) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onClose()} isDismissable={role === 'dialog'}>
      <Modal className={wide ? 'modal modal--wide' : 'modal'}>
        <Dialog className="dialog" role={role}>
          <Heading slot="title">{title}</Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** Runs an async submit, keeping the dialog open with the error shown when it fails. */
export function useSubmit(onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      onDone();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, reset: () => setError(null) };
}

export function ErrorLine({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p className="field__error" role="alert">
      {error}
    </p>
  );
}

interface TextPromptProps {
  title: string;
  label: string;
  initial?: string;
  submitLabel: string;
  isOpen: boolean;
  onClose: () => void;
  onSubmit: (value: string) => Promise<void>;
  children?: ReactNode;
}

/** Asks for one line of text (a title, a name, a path). */
export function TextPromptDialog({ title, label, initial = '', submitLabel, isOpen, onClose, onSubmit, children }: TextPromptProps) {
  const { busy, error, run } = useSubmit(onClose);
  return (
    <DialogFrame title={title} isOpen={isOpen} onClose={onClose}>
      <Form
        className="dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          const value = String(new FormData(event.currentTarget).get('value') ?? '').trim();
          void run(() => onSubmit(value));
        }}
      >
        {children}
        <TextField name="value" defaultValue={initial} isRequired autoFocus maxLength={4096} className="field">
          <Label>{label}</Label>
          <Input className="field__input" autoComplete="off" />
          <FieldError className="field__error">This cannot be empty.</FieldError>
        </TextField>
        <ErrorLine error={error} />
        <div className="dialog__actions">
          <Button onPress={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" isDisabled={busy}>
            {submitLabel}
          </Button>
        </div>
      </Form>
    </DialogFrame>
  );
}

interface ConfirmProps {
  title: string;
  confirmLabel: string;
  isOpen: boolean;
  onClose: () => void;
  onConfirm: () => Promise<void>;
  children: ReactNode;
}

/** "Are you sure?" for changes that remove something. */
export function ConfirmDialog({ title, confirmLabel, isOpen, onClose, onConfirm, children }: ConfirmProps) {
  const { busy, error, run } = useSubmit(onClose);
  return (
    <DialogFrame title={title} isOpen={isOpen} onClose={onClose} role="alertdialog">
      <div className="dialog__form">
        {children}
        <ErrorLine error={error} />
        <div className="dialog__actions">
          <Button onPress={onClose} autoFocus>
            Cancel
          </Button>
          <Button variant="primary" className="button--danger" isDisabled={busy} onPress={() => void run(onConfirm)}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </DialogFrame>
  );
}
