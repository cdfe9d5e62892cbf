import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { Html } from './Html';
import type { QuestionProps } from './question-props';

/** Pair each item on the left with one on the right, chosen from a list. */
export function MatchQuestion({ quiz, value, onChange, disabled, labelledBy }: QuestionProps<'match'>) {
  const pairs = value?.pairs ?? {};
  return (
    <div className="match" role="group" aria-labelledby={labelledBy}>
      {quiz.left.map((left) => {
        const labelId = `${labelledBy}-${left.id}`;
        return (
          <Select
            key={left.id}
            className="match__row"
            selectedKey={pairs[left.id] ?? null}
            onSelectionChange={(key) => onChange({ type: 'match', pairs: { ...pairs, [left.id]: String(key) } })}
            isDisabled={disabled}
            placeholder="Choose…"
          >
            <Label id={labelId} className="match__left">
              <Html as="span" html={left.text} />
            </Label>
            <Button className="select-button">
              <SelectValue />
              <span aria-hidden="true">▾</span>
            </Button>
            <Popover className="select-popover">
              <ListBox className="select-list" items={quiz.right}>
                {(right) => (
                  <ListBoxItem id={right.id} textValue={right.text.replace(/<[^>]*>/g, '')} className="select-option">
                    <Html as="span" html={right.text} />
                  </ListBoxItem>
                )}
              </ListBox>
            </Popover>
          </Select>
        );
      })}
    </div>
  );
}
