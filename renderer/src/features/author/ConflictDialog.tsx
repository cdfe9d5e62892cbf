import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { DialogFrame, ErrorLine, useSubmit } from './dialogs';
import type { Conflict } from './use-autosave';

interface Props {
  conflict: Conflict;
  onReload: () => Promise<void>;
  onKeepMine: () => Promise<void>;
}

/**
 * The file changed on disk. Without local edits, reloading loses nothing, so a notice offers it;
 * with local edits the trainer must choose, and nothing is saved until they do.
 */
export function ConflictPrompt({ conflict, onReload, onKeepMine }: Props) {
  const { busy, error, run } = useSubmit(() => undefined);
  if (!conflict.withLocalEdits) {
    return (
      <Notice tone="warning" title="Changed outside Course Studio">
        <p>{conflict.message} You have no unsaved changes here.</p>
        <Button onPress={() => void run(onReload)} isDisabled={busy}>
          Reload from disk
        </Button>
        <ErrorLine error={error} />
      </Notice>
    );
  }
  return (
    <DialogFrame title="Changed outside Course Studio" isOpen onClose={() => undefined} role="alertdialog">
      <div className="dialog__form">
        <p>{conflict.message}</p>
        <p>You also have changes here that are not saved. Which version do you want to keep?</p>
        <ErrorLine error={error} />
        <div className="dialog__actions">
          <Button onPress={() => void run(onReload)} isDisabled={busy}>
            Reload theirs
          </Button>
          <Button variant="primary" onPress={() => void run(onKeepMine)} isDisabled={busy} autoFocus>
            Keep mine
          </Button>
        </div>
      </div>
    </DialogFrame>
  );
}
