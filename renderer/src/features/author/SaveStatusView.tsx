import type { SaveStatus } from './use-autosave';

/** Whether the module on screen is the one on disk. "Not saved" stays until a save succeeds. */
export function SaveStatusView({ status }: { status: SaveStatus }) {
  if (typeof status === 'object') {
    return (
      <span className="save-status save-status--failed" role="alert">
        Not saved: {status.failed}
      </span>
    );
  }
  const text = { saved: 'Saved', unsaved: 'Unsaved changes', saving: 'Saving…' }[status];
  return (
    <span className={`save-status save-status--${status}`} role="status">
      {text}
    </span>
  );
}
