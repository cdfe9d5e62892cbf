import { FieldError, Form, Input, Label, Radio, RadioGroup, TextField } from 'react-aria-components';
import type { LibraryEntry } from '../../../../core/api/author-types';
import { Button } from '../../ui/Button';
import { DialogFrame, ErrorLine, useSubmit } from './dialogs';

interface Props {
  isOpen: boolean;
  onClose: () => void;
  courses: LibraryEntry[];
  onCreate: (title: string, copyOf: string | null) => Promise<void>;
}

/** A new course: blank (a starter module that already passes the checker) or a copy of one in the library. */
export function NewCourseDialog({ isOpen, onClose, courses, onCreate }: Props) {
  const { busy, error, run } = useSubmit(onClose);
  return (
    <DialogFrame title="New course" isOpen={isOpen} onClose={onClose}>
      <Form
        className="dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const start = String(data.get('start') ?? 'blank');
          void run(() => onCreate(String(data.get('title') ?? '').trim(), start === 'blank' ? null : start));
        }}
      >
        <TextField name="title" isRequired autoFocus maxLength={200} className="field">
          <Label>Course title</Label>
          <Input className="field__input" autoComplete="off" />
          <FieldError className="field__error">Give the course a title.</FieldError>
        </TextField>
        <RadioGroup name="start" defaultValue="blank" className="field radio-group">
          <Label>Start from</Label>
          <Radio value="blank" className="radio">
            A blank course
          </Radio>
          {courses.map((course) => (
            <Radio key={course.id} value={course.id} className="radio">
              A copy of “{course.title}”
            </Radio>
          ))}
        </RadioGroup>
        <ErrorLine error={error} />
        <div className="dialog__actions">
          <Button onPress={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" isDisabled={busy}>
            Create course
          </Button>
        </div>
      </Form>
    </DialogFrame>
  );
}
