import type { SaveState } from '../../../../core/api/playback-types';

/** Whether the learner's work is on disk. "Not saved" stays visible until a later save succeeds. */
export function SaveIndicator({ save }: { save: SaveState | 'saving' }) {
  if (save === 'saving') {
    return (
      <span className="save save--saving" role="status">
        Saving…
      </span>
    );
  }
  if (save.saved) {
    return (
      <span className="save save--saved" role="status">
        <span aria-hidden="true">✓ </span>Progress saved
      </span>
    );
  }
  return (
    <span className="save save--failed" role="alert">
      Not saved: {save.message} Your answers are kept on screen and will be saved with your next step.
    </span>
  );
}
