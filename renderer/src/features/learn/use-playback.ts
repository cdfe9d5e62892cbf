import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PlaybackState, SaveState } from '../../../../core/api/playback-types';
import { useApi } from '../../api/api-context';
import type { PlayerActions } from '../player/player-actions';
import { useActiveTime } from './active-time';

export interface Playback {
  state: PlaybackState | null;
  loadError: string | null;
  actionError: string | null;
  save: SaveState | 'saving';
  actions: PlayerActions;
}

/**
 * A learner's attempt at one module: opens (or resumes) it through the API, and sends every page
 * turn, answer and choice to the Node side, which grades and saves it before answering.
 */
export function usePlayback(learnerId: string, courseId: string, moduleId: string): Playback {
  const api = useApi();
  const takeActiveTime = useActiveTime();
  const [state, setState] = useState<PlaybackState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState | 'saving'>({ saved: true });
  const target = useMemo(() => ({ learnerId, courseId, moduleId }), [learnerId, courseId, moduleId]);

  useEffect(() => {
    let current = true;
    api.openModule(target).then(
      (opened) => current && setState(opened),
      (error: unknown) => current && setLoadError(messageOf(error)),
    );
    return () => {
      current = false;
    };
  }, [api, target]);

  // Runs one change: shows "Saving…", then the save state the Node side reports, or the error.
  const run = useCallback(async <T extends { save: SaveState }>(change: () => Promise<T>): Promise<T> => {
    setSave('saving');
    setActionError(null);
    try {
      const result = await change();
      setSave(result.save);
      return result;
    } catch (error) {
      setSave({ saved: true });
      setActionError(messageOf(error));
      throw error;
    }
  }, []);

  const actions = useMemo<PlayerActions>(
    () => ({
      async submitAnswer(quizId, answer) {
        const result = await run(() => api.submitAnswer({ ...target, quizId, answer }));
        setState(
          (previous) => previous && { ...previous, answers: { ...previous.answers, [quizId]: { answer, feedback: result.feedback } } },
        );
        return result;
      },
      async chooseScenario(quizId, path) {
        const result = await run(() => api.chooseScenario({ ...target, quizId, path }));
        setState((previous) => previous && { ...previous, scenarios: { ...previous.scenarios, [quizId]: result.trail } });
        return result;
      },
      goToPage(page) {
        setState((previous) => previous && { ...previous, page });
        run(() => api.savePage({ ...target, page, activeMs: takeActiveTime() })).catch(() => undefined);
      },
      async finish() {
        const result = await run(() => api.finishModule({ ...target, activeMs: takeActiveTime() }));
        setState((previous) => previous && { ...previous, results: result.results });
      },
      async retake() {
        const result = await run(() => api.retakeModule(target));
        setState(result.state);
      },
    }),
    [api, target, run, takeActiveTime],
  );

  return { state, loadError, actionError, save, actions };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
