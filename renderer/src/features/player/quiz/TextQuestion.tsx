import { Input, Label, Radio, RadioGroup, TextArea, TextField } from 'react-aria-components';
import type { QuestionProps } from './question-props';

export function TextQuestion({ value, onChange, disabled, labelledBy }: QuestionProps<'text'>) {
  return (
    <TextField
      className="text-answer"
      value={value?.text ?? ''}
      onChange={(text) => onChange({ type: 'text', text })}
      isDisabled={disabled}
      aria-labelledby={labelledBy}
      maxLength={2000}
    >
      <Label className="visually-hidden">Your answer</Label>
      <Input className="text-answer__input" autoComplete="off" placeholder="Type your answer" />
    </TextField>
  );
}

export function ReflectionQuestion({ quiz, value, onChange, disabled, labelledBy }: QuestionProps<'reflection'>) {
  if (quiz.scale)
    return <ScaleQuestion scale={quiz.scale} value={value?.value} onChange={onChange} disabled={disabled} labelledBy={labelledBy} />;
  return (
    <TextField
      className="text-answer"
      value={value?.text ?? ''}
      onChange={(text) => onChange({ type: 'reflection', text })}
      isDisabled={disabled}
      aria-labelledby={labelledBy}
      maxLength={10_000}
    >
      <Label className="visually-hidden">Your thoughts</Label>
      <TextArea
        className="text-answer__input text-answer__input--long"
        rows={4}
        placeholder="Write a few sentences. There is no wrong answer."
      />
    </TextField>
  );
}

interface ScaleProps {
  scale: { min: number; max: number; minLabel?: string; maxLabel?: string };
  value: number | undefined;
  onChange: QuestionProps<'reflection'>['onChange'];
  disabled: boolean;
  labelledBy: string;
}

function ScaleQuestion({ scale, value, onChange, disabled, labelledBy }: ScaleProps) {
  const points = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
  const described = scale.minLabel || scale.maxLabel ? `${labelledBy}-scale-ends` : undefined;
  return (
    <div className="scale">
      <RadioGroup
        className="scale__points"
        orientation="horizontal"
        aria-labelledby={labelledBy}
        aria-describedby={described}
        value={value === undefined ? null : String(value)}
        onChange={(next) => onChange({ type: 'reflection', value: Number(next) })}
        isDisabled={disabled}
      >
        {points.map((point) => (
          <Radio key={point} value={String(point)} className="scale__point">
            {point}
          </Radio>
        ))}
      </RadioGroup>
      {described && (
        <p className="scale__labels" id={described}>
          <span>
            {scale.min}: {scale.minLabel ?? 'least'}
          </span>
          <span>
            {scale.max}: {scale.maxLabel ?? 'most'}
          </span>
        </p>
      )}
    </div>
  );
}
