import { useState } from 'react';
import { DropZone, FileTrigger, Form, Label, Radio, RadioGroup, Text, TextArea, TextField } from 'react-aria-components';
import type { CourseOutline } from '../../../../core/api/author-types';
import { Button } from '../../ui/Button';
import { DialogFrame, ErrorLine, useSubmit } from './dialogs';
import { useAuthorCall } from './use-author-call';

type Kind = 'html' | 'text';

interface Props {
  courseId: string;
  isOpen: boolean;
  onClose: () => void;
  onAdded: (outline: CourseOutline & { file: string }) => void;
}

const kindOf = (file: File): Kind => (/\.html?$/i.test(file.name) || file.type === 'text/html' ? 'html' : 'text');

/**
 * A blog post becomes a new module: pasted or from a .html / .txt file. The Node side cleans the
 * HTML (no scripts, frames or tracking) and turns headings into pages; the trainer edits the rest.
 */
export function ImportPostDialog({ courseId, isOpen, onClose, onAdded }: Props) {
  const call = useAuthorCall();
  const [kind, setKind] = useState<Kind>('html');
  const [content, setContent] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const { busy, error, run } = useSubmit(onClose);

  const takeFile = async (file: File) => {
    setKind(kindOf(file));
    setContent(await file.text());
    setFileName(file.name);
  };

  return (
    <DialogFrame title="Import a post" isOpen={isOpen} onClose={onClose} wide>
      <Form
        className="dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => {
            const draft = await call((api, trainerToken) => api.importPost({ trainerToken, kind, content }));
            const added = await call((api, trainerToken) =>
              api.addModule({ trainerToken, courseId, title: draft.title, text: draft.text }),
            );
            onAdded(added);
          });
        }}
      >
        <RadioGroup
          value={kind}
          onChange={(value) => setKind(value as Kind)}
          orientation="horizontal"
          className="field radio-group radio-group--inline"
        >
          <Label>The post is</Label>
          <Radio value="html" className="radio">
            A web page (HTML)
          </Radio>
          <Radio value="text" className="radio">
            Plain text
          </Radio>
        </RadioGroup>
        <DropZone
          className="drop-zone"
          aria-label="Drop a .html or .txt file"
          getDropOperation={(types) => (types.has('text/html') || types.has('text/plain') || types.has('Files') ? 'copy' : 'cancel')}
          onDrop={(event) =>
            void (async () => {
              for (const item of event.items) {
                if (item.kind === 'file') return takeFile(await item.getFile());
              }
            })()
          }
        >
          <TextField value={content} onChange={(value) => (setContent(value), setFileName(null))} isRequired className="field">
            <Label>Post</Label>
            <TextArea className="field__input field__input--area" rows={12} spellCheck={false} />
            <Text slot="description" className="field__help">
              Paste the page or the text here, or drop a .html or .txt file on this box.
            </Text>
          </TextField>
        </DropZone>
        <div className="import-post__file">
          <FileTrigger
            acceptedFileTypes={['.html', '.htm', '.txt', 'text/html', 'text/plain']}
            onSelect={(files) => files?.[0] && void takeFile(files[0])}
          >
            <Button>Choose a file…</Button>
          </FileTrigger>
          {fileName && <span role="status">Read {fileName}</span>}
        </div>
        <ErrorLine error={error} />
        <div className="dialog__actions">
          <Button onPress={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" isDisabled={busy || content.trim() === ''}>
            {busy ? 'Importing…' : 'Add as a new module'}
          </Button>
        </div>
      </Form>
    </DialogFrame>
  );
}
