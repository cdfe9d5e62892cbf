import { useState } from 'react';
import type { LibraryEntry } from '../../../../core/api/author-types';
import { hrefFor } from '../../app/use-hash-route';
import { useApiQuery } from '../../api/use-api-query';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useTrainer } from '../trainer/trainer-session';
import { ConfirmDialog, TextPromptDialog } from './dialogs';
import { LibraryEntryRow, type EntryAction } from './LibraryEntryRow';
import { NewCourseDialog } from './NewCourseDialog';
import { OpenFolderButton } from './OpenFolderButton';
import { ImportPackButton } from './PackDialogs';
import { messageOf, useAuthorCall } from './use-author-call';

type Pending = { action: EntryAction; entry: LibraryEntry } | { action: 'new' } | null;

const openCourse = (courseId: string) => {
  window.location.hash = hrefFor('author', courseId);
};

/** The trainer's courses: the bundled ones (read-only), their own, and folders opened from elsewhere. */
export function LibraryPage() {
  const call = useAuthorCall();
  const { guard } = useTrainer();
  const library = useApiQuery('author-library', (api) => guard((trainerToken) => api.listLibrary({ trainerToken })));
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const close = () => setPending(null);
  const courses = library.status === 'ready' ? library.data : [];

  const onAction = (entry: LibraryEntry, action: EntryAction) => {
    setMessage(null);
    setError(null);
    if (action !== 'reveal') return setPending({ action, entry });
    call((api, trainerToken) => api.revealCourse({ trainerToken, courseId: entry.id })).catch((failure: unknown) =>
      setError(messageOf(failure)),
    );
  };

  return (
    <div className="library">
      <div className="page-intro library__intro">
        <h1>Course library</h1>
        <p>Write and organise your courses. Bundled courses are read-only: copy one to adapt it.</p>
      </div>
      <div className="library__toolbar" role="group" aria-label="Library actions">
        <Button variant="primary" onPress={() => setPending({ action: 'new' })}>
          New course…
        </Button>
        <OpenFolderButton onOpened={openCourse} />
        <ImportPackButton onImported={openCourse} />
      </div>
      {message && (
        <p className="library__message" role="status">
          {message}
        </p>
      )}
      {error && (
        <Notice tone="error" title="That did not work">
          <p>{error}</p>
        </Notice>
      )}
      {library.status === 'loading' && <p role="status">Loading the library…</p>}
      {library.status === 'error' && (
        <Notice tone="error" title="The library could not be loaded">
          <p>{library.message}</p>
        </Notice>
      )}
      {library.status === 'ready' && (
        <ul className="library__list" aria-label="Courses in the library">
          {courses.map((entry) => (
            <LibraryEntryRow key={entry.id} entry={entry} onAction={(action) => onAction(entry, action)} />
          ))}
        </ul>
      )}

      <NewCourseDialog
        isOpen={pending?.action === 'new'}
        onClose={close}
        courses={courses}
        onCreate={async (title, copyOf) => {
          const created = await call((api, trainerToken) =>
            api.createCourse({ trainerToken, title, ...(copyOf ? { template: 'copy', copyOfCourseId: copyOf } : { template: 'blank' }) }),
          );
          openCourse(created.courseId);
        }}
      />
      {pending && pending.action !== 'new' && pending.action !== 'delete' && pending.action !== 'reveal' && (
        <TextPromptDialog
          isOpen
          onClose={close}
          title={{ copy: 'Copy to edit', rename: 'Rename course', duplicate: 'Duplicate course' }[pending.action]}
          label="Course title"
          initial={pending.action === 'rename' ? pending.entry.title : `${pending.entry.title} (copy)`}
          submitLabel={{ copy: 'Make my copy', rename: 'Rename', duplicate: 'Duplicate' }[pending.action]}
          onSubmit={async (title) => {
            const { entry, action } = pending;
            const courseId = entry.id;
            if (action === 'rename') await call((api, trainerToken) => api.renameCourse({ trainerToken, courseId, title }));
            else if (action === 'duplicate') await call((api, trainerToken) => api.duplicateCourse({ trainerToken, courseId, title }));
            else
              openCourse(
                (await call((api, trainerToken) => api.createCourse({ trainerToken, title, template: 'copy', copyOfCourseId: courseId })))
                  .courseId,
              );
            library.reload();
          }}
        />
      )}
      {pending?.action === 'delete' && (
        <ConfirmDialog
          isOpen
          onClose={close}
          title={`Delete “${pending.entry.title}”?`}
          confirmLabel="Delete course"
          onConfirm={async () => {
            const { entry } = pending;
            const { where } = await call((api, trainerToken) => api.deleteCourse({ trainerToken, courseId: entry.id }));
            setMessage(
              entry.source === 'linked'
                ? `“${entry.title}” was removed from the library; its folder is untouched.`
                : `“${entry.title}” was moved to ${where}.`,
            );
            library.reload();
          }}
        >
          <p>
            {pending.entry.source === 'linked'
              ? 'The course is taken out of the library; its folder stays where it is.'
              : 'The course folder is moved to the trash, so you can still get it back from there.'}
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
