import { memo, useState } from 'react';
import { Switch } from 'react-aria-components';
import { ModulePlayer } from '../player/ModulePlayer';
import { AnswerKey } from './AnswerKey';
import { usePreviewPlayer, type FollowPage, type PreviewTarget } from './use-preview-player';

interface Props {
  target: PreviewTarget;
  follow: FollowPage;
}

/**
 * The live preview is the learner's player itself, fed from the unsaved text. Memoised: it
 * re-renders when a new preview arrives or the cursor moves to another page, never per keystroke.
 */
export const PreviewPane = memo(function PreviewPane({ target, follow }: Props) {
  const { state, actions } = usePreviewPlayer(target, follow);
  const [showAnswers, setShowAnswers] = useState(false);
  return (
    <section className="preview-pane" aria-label="Preview">
      <div className="preview-pane__bar">
        <p className="preview-pane__title" aria-hidden="true">
          Preview
        </p>
        <Switch className="switch" isSelected={showAnswers} onChange={setShowAnswers}>
          <span className="switch__track" aria-hidden="true">
            <span className="switch__thumb" />
          </span>
          Show answers
        </Switch>
      </div>
      {showAnswers && <AnswerKey module={state.module} page={state.page} answerKey={target.preview.answerKey} />}
      <div className="preview-pane__player">
        <ModulePlayer state={state} actions={actions} ownsWindowTitle={false} focusOnPageChange={false} />
      </div>
    </section>
  );
});
