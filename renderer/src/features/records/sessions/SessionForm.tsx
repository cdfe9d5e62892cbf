import { useState, type FormEvent } from 'react';
import type { Session } from '../../../../../core/api/records-types';
import { hrefFor } from '../../../app/use-hash-route';
import { useApi } from '../../../api/api-context';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { useTrainer } from '../../trainer/trainer-session';
import { useCourseCatalog, type CourseFacet } from '../use-course-catalog';
import { useTrainerQuery } from '../use-trainer-query';
import { ModulePicker } from './ModulePicker';

/** `#/records/sessions/new` and `#/records/sessions/<id>/edit`. */
export function SessionForm({ sessionId }: { sessionId: string | null }) {
  const catalog = useCourseCatalog();
  const sessions = useTrainerQuery(`sessions/${sessionId ?? 'new'}`, (api, trainerToken) =>
    sessionId ? api.listSessions({ trainerToken }) : Promise.resolve([] as Session[]),
  );
  const settings = useTrainerQuery('settings', (api, trainerToken) => api.getSettings({ trainerToken }));

  if (catalog.status === 'loading' || sessions.status === 'loading' || settings.status === 'loading') return <p role="status">Loading…</p>;
  if (catalog.status === 'error' || sessions.status === 'error') {
    return (
      <Notice tone="error" title="The session form could not be opened">
        <p>{catalog.status === 'error' ? catalog.message : sessions.status === 'error' ? sessions.message : ''}</p>
      </Notice>
    );
  }
  const session = sessionId ? sessions.data.find((item) => item.id === sessionId) : undefined;
  if (sessionId && !session) {
    return (
      <Notice tone="error" title="There is no such session on this machine">
        <p>
          <a href={hrefFor('records', 'sessions')}>Back to the sessions</a>
        </p>
      </Notice>
    );
  }
  const facilitator = settings.status === 'ready' ? settings.data.trainerName : '';
  return <SessionFormFields session={session ?? null} courses={catalog.data.courses} defaultFacilitator={facilitator} />;
}

interface FieldsProps {
  session: Session | null;
  courses: CourseFacet[];
  defaultFacilitator: string;
}

function SessionFormFields({ session, courses, defaultFacilitator }: FieldsProps) {
  const api = useApi();
  const { guard } = useTrainer();
  const [courseId, setCourseId] = useState(session?.courseId ?? courses[0]?.id ?? '');
  const course = courses.find((item) => item.id === courseId);
  // A new session (or a change of course) offers every module; the trainer unticks what the class skips.
  const [moduleIds, setModuleIds] = useState<string[]>(session?.moduleIds ?? course?.modules.map((module) => module.id) ?? []);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const fields = {
      name: String(data.get('name') ?? ''),
      date: String(data.get('date') ?? ''),
      facilitator: String(data.get('facilitator') ?? ''),
      location: String(data.get('location') ?? ''),
      courseId,
      // Kept in the course's order, whatever order they were ticked in.
      moduleIds: (course?.modules ?? []).map((module) => module.id).filter((id) => moduleIds.includes(id)),
    };
    setBusy(true);
    setError(null);
    try {
      const saved = await guard((trainerToken) =>
        session ? api.updateSession({ trainerToken, sessionId: session.id, ...fields }) : api.createSession({ trainerToken, ...fields }),
      );
      window.location.hash = hrefFor('records', 'sessions', saved.id);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };

  return (
    <div className="session-form">
      <p className="breadcrumb">
        <a href={hrefFor('records', 'sessions')}>Sessions</a>
      </p>
      <h1>{session ? `Edit ${session.name}` : 'New classroom session'}</h1>
      {courses.length === 0 ? (
        <Notice tone="info" title="No courses on this machine">
          <p>Add a course in the Author area first: a session is for one course.</p>
        </Notice>
      ) : (
        <form
          className="session-form__form"
          aria-label={session ? 'Edit session' : 'New session'}
          onSubmit={(event) => void submit(event)}
          noValidate
        >
          <TextInput name="name" label="Session name" defaultValue={session?.name ?? ''} autoFocus />
          <TextInput name="date" label="Date" type="date" defaultValue={session?.date ?? today()} />
          <TextInput name="facilitator" label="Facilitator" defaultValue={session?.facilitator ?? defaultFacilitator} />
          <TextInput name="location" label="Location (optional)" defaultValue={session?.location ?? ''} />
          <div className="field">
            <label htmlFor="session-course">Course</label>
            <select
              id="session-course"
              className="field__input"
              value={courseId}
              onChange={(event) => {
                setCourseId(event.target.value);
                setModuleIds(courses.find((item) => item.id === event.target.value)?.modules.map((module) => module.id) ?? []);
              }}
            >
              {courses.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.title}
                </option>
              ))}
            </select>
          </div>
          {course && <ModulePicker modules={course.modules} selected={moduleIds} onChange={setModuleIds} />}
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
          <div className="session-form__actions">
            <Button type="submit" variant="primary" isDisabled={busy}>
              {session ? 'Save changes' : 'Create session'}
            </Button>
            <a href={session ? hrefFor('records', 'sessions', session.id) : hrefFor('records', 'sessions')}>Cancel</a>
          </div>
        </form>
      )}
    </div>
  );
}

interface TextInputProps {
  name: string;
  label: string;
  defaultValue: string;
  type?: 'text' | 'date';
  autoFocus?: boolean;
}

function TextInput({ name, label, defaultValue, type = 'text', autoFocus }: TextInputProps) {
  const id = `session-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type={type} className="field__input" defaultValue={defaultValue} autoFocus={autoFocus} maxLength={100} />
    </div>
  );
}

/** Today on this machine's calendar, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
