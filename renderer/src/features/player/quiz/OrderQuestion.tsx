import { Button, GridList, GridListItem, useDragAndDrop } from 'react-aria-components';
import { Html } from './Html';
import type { QuestionProps } from './question-props';

/**
 * Put the items in order: drag them, or use the Move up / Move down buttons (also reachable by
 * keyboard). The draft starts in the shuffled order the Node side sent.
 */
export function OrderQuestion({ quiz, value, onChange, disabled, labelledBy }: QuestionProps<'order'>) {
  const order = value?.order ?? quiz.items.map((item) => item.id);
  const byId = new Map(quiz.items.map((item) => [item.id, item]));
  const items = order.map((id) => byId.get(id)).filter((item) => item !== undefined);

  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    const [moved] = next.splice(from, 1);
    if (moved === undefined) return;
    next.splice(to, 0, moved);
    onChange({ type: 'order', order: next });
  };

  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) => [...keys].map((key) => ({ 'text/plain': String(key) })),
    onReorder(event) {
      const moving = order.filter((id) => event.keys.has(id));
      const rest = order.filter((id) => !event.keys.has(id));
      const targetIndex = rest.indexOf(String(event.target.key));
      const insertAt = event.target.dropPosition === 'before' ? targetIndex : targetIndex + 1;
      rest.splice(insertAt, 0, ...moving);
      onChange({ type: 'order', order: rest });
    },
    isDisabled: disabled,
  });

  return (
    <>
      <p className="choices__instruction">Drag the items into order, or use the buttons. First at the top.</p>
      <GridList
        className="order-list"
        aria-labelledby={labelledBy}
        items={items}
        dragAndDropHooks={dragAndDropHooks}
        disabledBehavior="selection"
        // Rows show their position and move by it: re-render them whenever the order changes.
        dependencies={[order, disabled]}
      >
        {(item) => {
          const index = order.indexOf(item.id);
          return (
            <GridListItem id={item.id} textValue={item.text.replace(/<[^>]*>/g, '')} className="order-item">
              <span className="order-item__grip" aria-hidden="true">
                ⋮⋮
              </span>
              <span className="order-item__position" aria-hidden="true">
                {index + 1}
              </span>
              <Html as="span" className="order-item__text" html={item.text} />
              <span className="order-item__buttons">
                <Button
                  className="icon-button"
                  aria-label="Move up"
                  isDisabled={disabled || index === 0}
                  onPress={() => move(index, index - 1)}
                >
                  ↑
                </Button>
                <Button
                  className="icon-button"
                  aria-label="Move down"
                  isDisabled={disabled || index === order.length - 1}
                  onPress={() => move(index, index + 1)}
                >
                  ↓
                </Button>
              </span>
            </GridListItem>
          );
        }}
      </GridList>
    </>
  );
}
