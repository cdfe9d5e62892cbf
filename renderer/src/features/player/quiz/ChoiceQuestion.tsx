import { Checkbox, CheckboxGroup, Radio, RadioGroup } from 'react-aria-components';
import { Html } from './Html';
import type { QuestionProps } from './question-props';

export function SingleChoiceQuestion({ quiz, value, onChange, disabled, labelledBy }: QuestionProps<'single'>) {
  return (
    <RadioGroup
      className="choices"
      aria-labelledby={labelledBy}
      value={value?.choice ?? null}
      onChange={(choice) => onChange({ type: 'single', choice })}
      isDisabled={disabled}
    >
      {quiz.choices.map((choice) => (
        <Radio key={choice.id} value={choice.id} className="choice">
          <span className="choice__mark choice__mark--radio" aria-hidden="true" />
          <Html as="span" html={choice.text} />
        </Radio>
      ))}
    </RadioGroup>
  );
}

export function MultipleResponseQuestion({ quiz, value, onChange, disabled, labelledBy }: QuestionProps<'multiple'>) {
  return (
    <CheckboxGroup
      className="choices"
      aria-labelledby={labelledBy}
      value={value?.choices ?? []}
      onChange={(choices) => onChange({ type: 'multiple', choices })}
      isDisabled={disabled}
    >
      <p className="choices__instruction">Select all that apply.</p>
      {quiz.choices.map((choice) => (
        <Checkbox key={choice.id} value={choice.id} className="choice">
          <span className="choice__mark choice__mark--check" aria-hidden="true" />
          <Html as="span" html={choice.text} />
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}

export function TrueFalseQuestion({ value, onChange, disabled, labelledBy }: QuestionProps<'true-false'>) {
  const current = value === undefined ? null : String(value.value);
  return (
    <RadioGroup
      className="choices choices--inline"
      aria-labelledby={labelledBy}
      value={current}
      onChange={(next) => onChange({ type: 'true-false', value: next === 'true' })}
      isDisabled={disabled}
    >
      {(['true', 'false'] as const).map((option) => (
        <Radio key={option} value={option} className="choice">
          <span className="choice__mark choice__mark--radio" aria-hidden="true" />
          <span>{option === 'true' ? 'True' : 'False'}</span>
        </Radio>
      ))}
    </RadioGroup>
  );
}
