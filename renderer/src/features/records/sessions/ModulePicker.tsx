import type { CourseFacet } from '../use-course-catalog';

interface Props {
  modules: CourseFacet['modules'];
  selected: string[];
  onChange: (selected: string[]) => void;
}

/** The course's modules as checkboxes: the ones this session covers. */
export function ModulePicker({ modules, selected, onChange }: Props) {
  return (
    <fieldset className="module-picker">
      <legend>Modules</legend>
      {modules.length === 0 && <p>This course has no modules yet.</p>}
      {modules.map((module) => (
        <label key={module.id} className="check">
          <input
            type="checkbox"
            name="moduleIds"
            value={module.id}
            checked={selected.includes(module.id)}
            onChange={(event) => onChange(event.target.checked ? [...selected, module.id] : selected.filter((id) => id !== module.id))}
          />
          {module.title}
        </label>
      ))}
    </fieldset>
  );
}
