import { setDiagnostics } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Diagnostic, ModuleText } from '../../../../core/api/author-types';
import { Notice } from '../../ui/Notice';
import { ConflictPrompt } from './ConflictDialog';
import { CodeEditor } from './editor/CodeEditor';
import { pageAtLine, rangeAt, toEditorDiagnostics } from './editor/diagnostics';
import { fromDisk, type EditorHandlers } from './editor/extensions';
import { insertBlock } from './editor/markdown-commands';
import { EditorToolbar } from './EditorToolbar';
import { fileToBase64 } from './file-data';
import { PreviewPane } from './PreviewPane';
import { ProblemsList } from './ProblemsList';
import { SaveStatusView } from './SaveStatusView';
import { messageOf, useAuthorCall } from './use-author-call';
import { useAutosave } from './use-autosave';
import { usePreview } from './use-preview';
import type { FollowPage, PreviewTarget } from './use-preview-player';

interface Props {
  courseId: string;
  courseTitle: string;
  file: string;
  /** A save changed the module's problems: the module list shows fresh counts. */
  onSaved: () => void;
}

/** Opens the module's text, then hands it to the editor. */
export function ModuleEditor(props: Props) {
  const call = useAuthorCall();
  const { courseId, file } = props;
  const [loaded, setLoaded] = useState<ModuleText | { error: string } | null>(null);
  useEffect(() => {
    let current = true;
    call((api, trainerToken) => api.readModule({ trainerToken, courseId, file })).then(
      (text) => current && setLoaded(text),
      (failure: unknown) => current && setLoaded({ error: messageOf(failure) }),
    );
    return () => {
      current = false;
    };
  }, [call, courseId, file]);

  if (!loaded) return <p role="status">Opening the module…</p>;
  if ('error' in loaded) {
    return (
      <Notice tone="error" title="This module could not be opened">
        <p>{loaded.error}</p>
      </Notice>
    );
  }
  return <LoadedEditor {...props} initial={loaded} />;
}

function LoadedEditor({ courseId, courseTitle, file, onSaved, initial }: Props & { initial: ModuleText }) {
  const call = useAuthorCall();
  const viewRef = useRef<EditorView | null>(null);
  const getText = useCallback(() => viewRef.current?.state.doc.toString() ?? initial.text, [initial.text]);
  const loadText = useCallback((text: string) => {
    const view = viewRef.current;
    view?.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, annotations: fromDisk.of(true) });
  }, []);
  const { result, error: previewError, schedule } = usePreview(courseId, file, getText);
  const autosave = useAutosave({ courseId, file, initialVersion: initial.version, getText, loadText, onSaved });
  const [imageError, setImageError] = useState<string | null>(null);

  // The preview follows the page the cursor is on, but only when that page changes.
  const [follow, setFollow] = useState<FollowPage>({ page: 0, key: 0 });
  const cursor = useRef({ line: 1, page: 0, pages: [] as { line: number }[] });
  const followCursor = useCallback(() => {
    const page = pageAtLine(cursor.current.pages, cursor.current.line);
    if (page === cursor.current.page) return;
    cursor.current.page = page;
    setFollow((previous) => ({ page, key: previous.key + 1 }));
  }, []);

  const addImages = useCallback(
    async (files: File[], at?: number) => {
      setImageError(null);
      for (const image of files) {
        try {
          const dataBase64 = await fileToBase64(image);
          const added = await call((api, trainerToken) =>
            api.addImage({ trainerToken, courseId, fileName: image.name || 'pasted-image.png', dataBase64 }),
          );
          const view = viewRef.current;
          if (view) insertBlock(view, added.markdown, at === undefined ? undefined : Math.min(at, view.state.doc.length));
        } catch (failure) {
          setImageError(`${image.name || 'The image'} could not be added: ${messageOf(failure)}`);
        }
      }
    },
    [call, courseId],
  );

  const handlers = useRef<EditorHandlers>({} as EditorHandlers);
  handlers.current = {
    onDocChanged(external) {
      schedule();
      if (!external) autosave.changed();
    },
    onCursorLine(line) {
      cursor.current.line = line;
      followCursor();
    },
    onSave: () => void autosave.save(),
    onBlur: () => void autosave.save(),
    onImageFiles: (files, at) => void addImages(files, at),
  };

  const fileDiagnostics = useMemo(() => (result?.preview.diagnostics ?? []).filter((d) => !d.file || d.file === file), [result, file]);
  useEffect(() => {
    const view = viewRef.current;
    if (!view || !result) return;
    view.dispatch(setDiagnostics(view.state, toEditorDiagnostics(view.state.doc, fileDiagnostics)));
    cursor.current.pages = result.preview.module.pages;
    followCursor();
  }, [result, fileDiagnostics, followCursor]);

  const goTo = useCallback((d: Diagnostic) => {
    const view = viewRef.current;
    if (!view) return;
    view.dispatch({ selection: { anchor: rangeAt(view.state.doc, d.line, d.column).from }, scrollIntoView: true });
    view.focus();
  }, []);

  const target = useMemo<PreviewTarget | null>(
    () => result && { courseId, courseTitle, file, text: result.text, preview: result.preview },
    [result, courseId, courseTitle, file],
  );

  return (
    <div className="module-editor">
      <div className="module-editor__bar">
        <EditorToolbar view={() => viewRef.current} onImages={(files) => void addImages(files)} />
        <SaveStatusView status={autosave.status} />
      </div>
      {autosave.conflict && (
        <ConflictPrompt conflict={autosave.conflict} onReload={autosave.reloadFromDisk} onKeepMine={autosave.keepMine} />
      )}
      {imageError && (
        <Notice tone="error" title="Image not added">
          <p>{imageError}</p>
        </Notice>
      )}
      <div className="module-editor__split">
        <div className="module-editor__source">
          <CodeEditor initialText={initial.text} handlers={handlers} onView={(view) => (viewRef.current = view)} />
          <ProblemsList diagnostics={fileDiagnostics} onActivate={goTo} />
        </div>
        <div className="module-editor__preview">
          {previewError && (
            <Notice tone="error" title="The preview could not be updated">
              <p>{previewError}</p>
            </Notice>
          )}
          {target ? <PreviewPane target={target} follow={follow} /> : <p role="status">Preparing the preview…</p>}
        </div>
      </div>
    </div>
  );
}
