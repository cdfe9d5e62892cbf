import { hrefFor } from '../../app/use-hash-route';
import { Notice } from '../../ui/Notice';
import { ModulePlayer } from '../player/ModulePlayer';
import { usePlayback } from './use-playback';

export function PlayerPage({ learnerId, courseId, moduleId }: { learnerId: string; courseId: string; moduleId: string }) {
  const { state, loadError, actionError, save, actions } = usePlayback(learnerId, courseId, moduleId);

  return (
    <div className="player-page">
      <p className="breadcrumb">
        <a href={hrefFor('learn')}>Courses</a> › <a href={hrefFor('learn', courseId)}>{state?.courseTitle ?? 'Course'}</a>
      </p>
      {loadError && (
        <Notice tone="error" title="This module could not be opened">
          <p>{loadError}</p>
        </Notice>
      )}
      {actionError && (
        <Notice tone="error" title="That did not work">
          <p>{actionError}</p>
        </Notice>
      )}
      {!state && !loadError && <p role="status">Opening the module…</p>}
      {state && <ModulePlayer state={state} actions={actions} save={save} />}
    </div>
  );
}
