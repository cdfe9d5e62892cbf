import { useCallback, useEffect, useState } from 'react';
import type { CourseOutline } from '../../../../core/api/author-types';
import { hrefFor } from '../../app/use-hash-route';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ImportPostDialog } from './ImportPostDialog';
import { ModuleEditor } from './ModuleEditor';
import { ModuleList } from './ModuleList';
import { ExportPackButton } from './PackDialogs';
import { messageOf, useAuthorCall } from './use-author-call';

const openModule = (courseId: string, file: string | null) => {
  window.location.hash = file ? hrefFor('author', courseId, file) : hrefFor('author', courseId);
};

/** One course: its modules on the side, the open module's editor and preview beside them. */
export function CourseWorkspace({ courseId, file }: { courseId: string; file: string | null }) {
  const call = useAuthorCall();
  const [outline, setOutline] = useState<CourseOutline | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);

  const reload = useCallback(() => {
    call((api, trainerToken) => api.getCourseOutline({ trainerToken, courseId })).then(
      (next) => (setOutline(next), setError(null)),
      (failure: unknown) => setError(messageOf(failure)),
    );
  }, [call, courseId]);
  useEffect(reload, [reload]);

  if (error && !outline) {
    return (
      <Notice tone="error" title="This course could not be opened">
        <p>{error}</p>
        <a href={hrefFor('author')}>Back to the library</a>
      </Notice>
    );
  }
  if (!outline) return <p role="status">Opening the course…</p>;
  const courseProblems = outline.diagnostics.filter((d) => !outline.modules.some((module) => module.file === d.file));

  return (
    <div className="workspace">
      <header className="workspace__header">
        <div>
          <p className="breadcrumb">
            <a href={hrefFor('author')}>Course library</a> › {outline.title}
          </p>
          <h1 className="workspace__title">{outline.title}</h1>
        </div>
        <div className="workspace__actions" role="group" aria-label="Course actions">
          {outline.editable && <Button onPress={() => setImporting(true)}>Import a post…</Button>}
          <ExportPackButton courseId={courseId} />
          <Button
            onPress={() =>
              void call((api, trainerToken) => api.revealCourse({ trainerToken, courseId })).catch((f: unknown) => setError(messageOf(f)))
            }
          >
            Show in file manager
          </Button>
        </div>
      </header>
      {error && (
        <Notice tone="error" title="That did not work">
          <p>{error}</p>
        </Notice>
      )}
      {!outline.editable && (
        <Notice tone="info" title="This course is read-only">
          <p>It comes with Course Studio. Make a copy from the library to change it.</p>
        </Notice>
      )}
      {courseProblems.length > 0 && (
        <Notice tone="warning" title="Problems in the course file">
          <ul>
            {courseProblems.map((d, i) => (
              <li key={i}>
                {d.file}:{d.line}:{d.column} {d.message}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      <div className="workspace__body">
        <ModuleList outline={outline} current={file} onOutline={setOutline} onOpen={(next) => openModule(courseId, next)} />
        <div className="workspace__main">
          {file && outline.editable ? (
            <ModuleEditor key={file} courseId={courseId} courseTitle={outline.title} file={file} onSaved={reload} />
          ) : (
            <p className="workspace__empty">Choose a module to edit it, or add one.</p>
          )}
        </div>
      </div>
      <ImportPostDialog
        courseId={courseId}
        isOpen={importing}
        onClose={() => setImporting(false)}
        onAdded={(added) => {
          setOutline(added);
          openModule(courseId, added.file);
        }}
      />
    </div>
  );
}
