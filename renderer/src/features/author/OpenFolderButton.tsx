import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/use-api-query';
import { Button } from '../../ui/Button';
import { ErrorLine, TextPromptDialog } from './dialogs';
import { messageOf, useAuthorCall } from './use-author-call';

/**
 * Adds a course that lives elsewhere on disk. The desktop app asks with the system's folder dialog;
 * the browser build cannot, so the trainer types the folder's path instead.
 */
export function OpenFolderButton({ onOpened }: { onOpened: (courseId: string) => void }) {
  const api = useApi();
  const call = useAuthorCall();
  const info = useApiQuery('app-info', () => api.getAppInfo({}));
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inBrowser = info.status === 'ready' && info.data.shell === 'browser';

  const open = async (path?: string) => {
    const opened = await call((api, trainerToken) => api.openCourseFolder({ trainerToken, ...(path !== undefined && { path }) }));
    if ('courseId' in opened) onOpened(opened.courseId);
  };

  return (
    <>
      <Button
        isDisabled={info.status === 'loading'}
        onPress={() => {
          setError(null);
          if (inBrowser) setAsking(true);
          else open().catch((failure: unknown) => setError(messageOf(failure)));
        }}
      >
        Open course folder…
      </Button>
      <ErrorLine error={error} />
      <TextPromptDialog
        isOpen={asking}
        onClose={() => setAsking(false)}
        title="Open course folder"
        label="Folder path"
        submitLabel="Open"
        onSubmit={(path) => open(path)}
      >
        <p>Type the full path of a folder that holds a course.yml. Course Studio edits the course where it is.</p>
      </TextPromptDialog>
    </>
  );
}
