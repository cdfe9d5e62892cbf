import { useState } from 'react';
import { FileTrigger } from 'react-aria-components';
import type { ImportReport } from '../../../../core/api/records-types';
import { useApi } from '../../api/api-context';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useTrainer } from '../trainer/trainer-session';
import { DownloadLink } from './DownloadLink';
import { describeImport } from './format';

type State =
  | { status: 'idle' | 'exporting' | 'importing' }
  | { status: 'exported'; url: string; fileName: string }
  | { status: 'imported'; fileName: string; report: ImportReport }
  | { status: 'error'; title: string; message: string };

/**
 * Moving records between machines: one machine exports its records file, another imports it.
 * Importing is idempotent on the Node side, so importing the same file twice only reports duplicates.
 */
export function RecordsFilePanel({ onImported }: { onImported: () => void }) {
  const api = useApi();
  const { guard } = useTrainer();
  const [state, setState] = useState<State>({ status: 'idle' });
  const busy = state.status === 'exporting' || state.status === 'importing';

  const exportFile = async () => {
    setState({ status: 'exporting' });
    try {
      const made = await guard((trainerToken) => api.exportRecordsFile({ trainerToken }));
      setState({ status: 'exported', url: made.downloadUrl, fileName: made.fileName });
    } catch (failure) {
      setState({ status: 'error', title: 'This machine’s records could not be exported', message: messageOf(failure) });
    }
  };

  const importFile = async (file: File) => {
    setState({ status: 'importing' });
    try {
      const dataBase64 = await readAsBase64(file);
      const report = await guard((trainerToken) => api.importRecordsFile({ trainerToken, fileName: file.name, dataBase64 }));
      setState({ status: 'imported', fileName: file.name, report });
      onImported();
    } catch (failure) {
      setState({ status: 'error', title: `${file.name} could not be imported`, message: messageOf(failure) });
    }
  };

  return (
    <section className="records-panel" aria-labelledby="records-file-title">
      <h2 id="records-file-title" className="records-panel__title">
        Records from other machines
      </h2>
      <p className="records-panel__text">
        Bring every machine’s records together: export a records file here and import it on the machine that keeps them all.
      </p>
      <div className="records-panel__actions">
        <Button isDisabled={busy} onPress={() => void exportFile()}>
          Export this machine’s records
        </Button>
        <FileTrigger onSelect={(files) => files?.[0] && void importFile(files[0])}>
          <Button isDisabled={busy}>Import records from another machine</Button>
        </FileTrigger>
      </div>
      {busy && <p role="status">{state.status === 'exporting' ? 'Exporting this machine’s records…' : 'Importing…'}</p>}
      {state.status === 'exported' && (
        <p className="records-panel__result" role="status">
          Records file ready. <DownloadLink url={state.url} fileName={state.fileName} />
        </p>
      )}
      {state.status === 'imported' && (
        <p className="records-panel__result" role="status">
          Imported {state.fileName}. {describeImport(state.report)}
        </p>
      )}
      {state.status === 'error' && (
        <Notice tone="error" title={state.title}>
          <p>{state.message}</p>
        </Notice>
      )}
    </section>
  );
}

function messageOf(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // A data URL is "data:<type>;base64,<data>": the part after the comma is the file.
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`${file.name} could not be read.`));
    reader.readAsDataURL(file);
  });
}
