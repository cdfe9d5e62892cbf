import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf, useAuthorCall } from './use-author-call';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | { failed: string };

/** The file on disk is not the one the trainer started from. */
export interface Conflict {
  message: string;
  /** True when the trainer has unsaved edits: they choose between theirs and the disk's. */
  withLocalEdits: boolean;
}

const AUTOSAVE_DELAY_MS = 1000;
const CHECK_EVERY_MS = 4000;

interface Options {
  courseId: string;
  file: string;
  initialVersion: string;
  getText: () => string;
  /** Replaces the editor's text with the disk's (marked as such, so it is not an edit). */
  loadText: (text: string) => void;
  onSaved: () => void;
}

/**
 * Saves after a pause in typing, on leaving the editor, when the window is hidden or closed, and on
 * Mod-S. Every save names the version it started from, so a change made elsewhere is never
 * overwritten silently: the Node side answers "conflict" and the trainer decides.
 */
export function useAutosave({ courseId, file, initialVersion, getText, loadText, onSaved }: Options) {
  const call = useAuthorCall();
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const version = useRef<string | null>(initialVersion);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const blocked = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const generation = useRef(0);
  const latest = useRef({ getText, loadText, onSaved });
  latest.current = { getText, loadText, onSaved };

  const save = useCallback(
    async (force = false): Promise<void> => {
      window.clearTimeout(timer.current);
      if (inFlight.current) {
        await inFlight.current;
        if (!dirty.current && !force) return;
      }
      if ((!dirty.current && !force) || (blocked.current && !force)) return;
      const text = latest.current.getText();
      generation.current++;
      setStatus('saving');
      const run = (async () => {
        try {
          const result = await call((api, trainerToken) =>
            api.saveModule({ trainerToken, courseId, file, text, baseVersion: version.current, ...(force && { force: true }) }),
          );
          if (result.status === 'conflict') {
            blocked.current = true;
            setStatus('unsaved');
            setConflict({ message: result.message, withLocalEdits: true });
            return;
          }
          version.current = result.version;
          blocked.current = false;
          dirty.current = latest.current.getText() !== text;
          setStatus(dirty.current ? 'unsaved' : 'saved');
          if (dirty.current) timer.current = window.setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
          latest.current.onSaved();
        } catch (failure) {
          setStatus({ failed: messageOf(failure) });
        } finally {
          inFlight.current = null;
        }
      })();
      inFlight.current = run;
      return run;
    },
    [call, courseId, file],
  );

  const changed = useCallback(() => {
    dirty.current = true;
    // Typing over a file that changed on disk: now there is something of theirs to choose between.
    if (blocked.current) setConflict((previous) => previous && { ...previous, withLocalEdits: true });
    setStatus((previous) => (previous === 'saving' ? previous : 'unsaved'));
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }, [save]);

  // Someone else's editor, git, a sync tool: compare the disk's version with the one we hold.
  const check = useCallback(async () => {
    if (inFlight.current || blocked.current) return;
    const started = generation.current;
    const disk = await call((api, trainerToken) => api.getModuleVersion({ trainerToken, courseId, file })).catch(() => null);
    if (!disk || started !== generation.current || inFlight.current || blocked.current) return;
    if (disk.version === version.current) return;
    blocked.current = true;
    window.clearTimeout(timer.current);
    setConflict({
      message:
        disk.version === null
          ? 'The module file was deleted or moved outside Course Studio.'
          : 'The module file was changed outside Course Studio.',
      withLocalEdits: dirty.current,
    });
  }, [call, courseId, file]);

  const reloadFromDisk = useCallback(async () => {
    const disk = await call((api, trainerToken) => api.readModule({ trainerToken, courseId, file }));
    version.current = disk.version;
    dirty.current = false;
    blocked.current = false;
    latest.current.loadText(disk.text);
    setConflict(null);
    setStatus('saved');
  }, [call, courseId, file]);

  const keepMine = useCallback(async () => {
    setConflict(null);
    await save(true);
  }, [save]);

  useEffect(() => {
    const flush = () => void save();
    const onVisibility = () => (document.visibilityState === 'hidden' ? flush() : void check());
    const onFocus = () => void check();
    const interval = window.setInterval(onFocus, CHECK_EVERY_MS);
    window.addEventListener('focus', onFocus);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.clearInterval(interval);
      window.removeEventListener('focus', onFocus);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the module (another module, another area): keep what was typed.
      flush();
    };
  }, [save, check]);

  return { status, conflict, changed, save, reloadFromDisk, keepMine };
}
