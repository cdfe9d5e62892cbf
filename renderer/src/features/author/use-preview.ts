import { useCallback, useEffect, useRef, useState } from 'react';
import type { ModulePreview } from '../../../../core/api/author-types';
import { messageOf, useAuthorCall } from './use-author-call';

/** Long enough to skip the keystrokes of a word typed fast, short enough to feel live. */
const PREVIEW_DELAY_MS = 180;

export interface PreviewResult {
  preview: ModulePreview;
  /** The text this preview was made from. */
  text: string;
}

/**
 * Compiles the unsaved text into a preview after a short pause in typing. The keystroke path
 * only (re)starts a timer; answers that arrive after a newer request was sent are dropped, so a
 * slow compile never shows older text over newer.
 */
export function usePreview(courseId: string, file: string, getText: () => string) {
  const call = useAuthorCall();
  const [result, setResult] = useState<PreviewResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(0);
  const read = useRef(getText);
  read.current = getText;

  const run = useCallback(() => {
    window.clearTimeout(timer.current);
    const text = read.current();
    const ticket = ++latest.current;
    call((api, trainerToken) => api.previewModule({ trainerToken, courseId, file, text })).then(
      (preview) => {
        if (ticket !== latest.current) return;
        setResult({ preview, text });
        setError(null);
      },
      (failure: unknown) => ticket === latest.current && setError(messageOf(failure)),
    );
  }, [call, courseId, file]);

  const schedule = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(run, PREVIEW_DELAY_MS);
  }, [run]);

  useEffect(() => {
    run();
    return () => window.clearTimeout(timer.current);
  }, [run]);

  return { result, error, schedule };
}
