import { useId, type ReactNode } from 'react';
import type { RecordFacets, RecordStatus } from '../../../../core/api/records-types';
import { Button } from '../../ui/Button';
import { statusLabel } from './format';
import { isFiltered, noFilters, type DateField, type FilterValues } from './record-filters';

const statuses: RecordStatus[] = ['passed', 'completed', 'failed', 'in-progress'];
const dateFields: { id: DateField; label: string }[] = [
  { id: 'completedAt', label: 'Completed' },
  { id: 'firstStartedAt', label: 'Started' },
  { id: 'lastActivityAt', label: 'Last activity' },
];

interface Props {
  values: FilterValues;
  facets: RecordFacets | null;
  onChange: (values: FilterValues) => void;
}

/** Native selects and checkboxes: they are keyboard- and screen-reader-friendly as they are, and fast with long lists. */
export function RecordFilters({ values, facets, onChange }: Props) {
  const set = <K extends keyof FilterValues>(key: K, value: FilterValues[K]) => onChange({ ...values, [key]: value });
  const course = facets?.courses.find((item) => item.id === values.courseId);

  return (
    <form className="record-filters" aria-label="Filter records" onSubmit={(event) => event.preventDefault()} role="search">
      <Field label="Search learners">
        {(id) => (
          <input
            id={id}
            type="search"
            className="field__input"
            placeholder="Name or staff id"
            value={values.search}
            onChange={(event) => set('search', event.target.value)}
          />
        )}
      </Field>
      <Field label="Course">
        {(id) => (
          <select
            id={id}
            className="field__input"
            value={values.courseId}
            onChange={(event) => onChange({ ...values, courseId: event.target.value, moduleId: '' })}
          >
            <option value="">All courses</option>
            {facets?.courses.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Module">
        {(id) => (
          <select
            id={id}
            className="field__input"
            value={values.moduleId}
            disabled={!course}
            onChange={(event) => set('moduleId', event.target.value)}
          >
            <option value="">{course ? 'All modules' : 'Pick a course first'}</option>
            {course?.modules.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Learner">
        {(id) => (
          <select id={id} className="field__input" value={values.learnerId} onChange={(event) => set('learnerId', event.target.value)}>
            <option value="">All learners</option>
            {facets?.learners.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Session">
        {(id) => (
          <select id={id} className="field__input" value={values.sessionId} onChange={(event) => set('sessionId', event.target.value)}>
            <option value="">Any or none</option>
            {facets?.sessions.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="record-filters__statuses">
        <legend>Status</legend>
        {statuses.map((status) => (
          <label key={status} className="check">
            <input
              type="checkbox"
              checked={values.statuses.includes(status)}
              onChange={(event) =>
                set('statuses', event.target.checked ? [...values.statuses, status] : values.statuses.filter((item) => item !== status))
              }
            />
            {statusLabel(status)}
          </label>
        ))}
      </fieldset>
      <fieldset className="record-filters__dates">
        <legend>Dates</legend>
        <Field label="Date of">
          {(id) => (
            <select
              id={id}
              className="field__input"
              value={values.dateField}
              onChange={(event) => set('dateField', event.target.value as DateField)}
            >
              {dateFields.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="From">
          {(id) => (
            <input id={id} type="date" className="field__input" value={values.from} onChange={(event) => set('from', event.target.value)} />
          )}
        </Field>
        <Field label="To">
          {(id) => (
            <input id={id} type="date" className="field__input" value={values.to} onChange={(event) => set('to', event.target.value)} />
          )}
        </Field>
      </fieldset>
      <div className="record-filters__clear">
        <Button variant="quiet" isDisabled={!isFiltered(values)} onPress={() => onChange(noFilters)}>
          Clear filters
        </Button>
      </div>
    </form>
  );
}

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
