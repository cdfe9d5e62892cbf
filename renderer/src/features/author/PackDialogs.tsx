import { useState } from 'react';
import { FileTrigger, Form, Input, Label, TextField } from 'react-aria-components';
import type { PackDownload, PackPreview } from '../../../../core/api/author-types';
import { Button } from '../../ui/Button';
import { DialogFrame, ErrorLine, useSubmit } from './dialogs';
import { fileToBase64 } from './file-data';
import { problemSummary } from './LibraryEntryRow';
import { messageOf, useAuthorCall } from './use-author-call';

/** Packs the course into a .zip; the link lets the browser (or the desktop app) save it. */
export function ExportPackButton({ courseId }: { courseId: string }) {
  const call = useAuthorCall();
  const [download, setDownload] = useState<PackDownload | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const exportPack = async () => {
    setBusy(true);
    setError(null);
    try {
      setDownload(await call((api, trainerToken) => api.exportPack({ trainerToken, courseId })));
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="pack-export">
      <Button onPress={() => void exportPack()} isDisabled={busy}>
        {busy ? 'Packing…' : 'Export course pack'}
      </Button>
      {download && (
        <a className="pack-export__link" href={download.downloadUrl} download={download.fileName}>
          Download {download.fileName}
        </a>
      )}
      {download && download.leftOut.length > 0 && (
        <p className="pack-export__left-out" role="status">
          Left out of the pack: {download.leftOut.join('; ')}.
        </p>
      )}
      <ErrorLine error={error} />
    </div>
  );
}

/** Pick a .zip, see what is in it, then import it under a title of the trainer's choice. */
export function ImportPackButton({ onImported }: { onImported: (courseId: string) => void }) {
  const call = useAuthorCall();
  const [preview, setPreview] = useState<PackPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inspect = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    setError(null);
    try {
      const dataBase64 = await fileToBase64(file);
      setPreview(await call((api, trainerToken) => api.inspectPack({ trainerToken, fileName: file.name, dataBase64 })));
    } catch (failure) {
      setError(`${file.name} could not be read: ${messageOf(failure)}`);
    }
  };
  return (
    <>
      <FileTrigger acceptedFileTypes={['.zip', 'application/zip']} onSelect={(files) => void inspect(files)}>
        <Button>Import course pack…</Button>
      </FileTrigger>
      <ErrorLine error={error} />
      {preview && <PackPreviewDialog preview={preview} onClose={() => setPreview(null)} onImported={onImported} />}
    </>
  );
}

function PackPreviewDialog({
  preview,
  onClose,
  onImported,
}: {
  preview: PackPreview;
  onClose: () => void;
  onImported: (courseId: string) => void;
}) {
  const call = useAuthorCall();
  const { busy, error, run } = useSubmit(onClose);
  const errors = preview.diagnostics.filter((d) => d.severity === 'error').length;
  return (
    <DialogFrame title={`Import “${preview.title}”`} isOpen onClose={onClose} wide>
      <Form
        className="dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          const newTitle = String(new FormData(event.currentTarget).get('title') ?? '').trim();
          void run(async () => {
            const imported = await call((api, trainerToken) =>
              api.importPack({ trainerToken, uploadId: preview.uploadId, ...(newTitle && { newTitle }) }),
            );
            onImported(imported.courseId);
          });
        }}
      >
        <dl className="pack-facts">
          <dt>Course id</dt>
          <dd>{preview.courseId}</dd>
          <dt>Images and files</dt>
          <dd>
            {preview.assets} ({formatBytes(preview.totalBytes)} in all)
          </dd>
          <dt>Problems</dt>
          <dd>{problemSummary(errors, preview.diagnostics.length - errors)}</dd>
        </dl>
        <section aria-labelledby="pack-modules">
          <h3 id="pack-modules" className="dialog__subheading">
            Modules
          </h3>
          <ol className="pack-modules">
            {preview.modules.map((module) => (
              <li key={module.file}>
                {module.title} <span className="muted">({module.file})</span>
              </li>
            ))}
          </ol>
        </section>
        {preview.diagnostics.length > 0 && (
          <ul className="pack-problems" aria-label="Problems in the pack">
            {preview.diagnostics.map((d, i) => (
              <li key={i} className={`pack-problems__item pack-problems__item--${d.severity}`}>
                {d.file}:{d.line}:{d.column} {d.message}
              </li>
            ))}
          </ul>
        )}
        <TextField name="title" defaultValue={preview.title} isRequired maxLength={200} className="field" autoFocus>
          <Label>Import as</Label>
          <Input className="field__input" autoComplete="off" />
        </TextField>
        <ErrorLine error={error} />
        <div className="dialog__actions">
          <Button onPress={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" isDisabled={busy}>
            Import course
          </Button>
        </div>
      </Form>
    </DialogFrame>
  );
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
