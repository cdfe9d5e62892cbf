import { useId } from 'react';

interface Props {
  name: string;
  label: string;
  defaultValue?: string;
  type?: 'text' | 'url' | 'password';
  maxLength?: number;
  help?: string;
  autoComplete?: string;
}

export function SettingsField({ name, label, defaultValue, type = 'text', maxLength, help, autoComplete }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        className="field__input"
        defaultValue={defaultValue}
        maxLength={maxLength}
        autoComplete={autoComplete}
        aria-describedby={help ? `${id}-help` : undefined}
      />
      {help && (
        <p id={`${id}-help`} className="field__help">
          {help}
        </p>
      )}
    </div>
  );
}
