import { EditorSelection, type ChangeSpec } from '@codemirror/state';
import type { Command, EditorView } from '@codemirror/view';

/** Wraps each selection in `marker` (bold, italic), or unwraps it when it is already wrapped. */
export function toggleWrap(marker: string): Command {
  return (view) => {
    const { state } = view;
    const changes = state.changeByRange((range) => {
      const before = state.sliceDoc(range.from - marker.length, range.from);
      const after = state.sliceDoc(range.to, range.to + marker.length);
      if (before === marker && after === marker) {
        return {
          changes: [
            { from: range.from - marker.length, to: range.from },
            { from: range.to, to: range.to + marker.length },
          ],
          range: EditorSelection.range(range.from - marker.length, range.to - marker.length),
        };
      }
      return {
        changes: [
          { from: range.from, insert: marker },
          { from: range.to, insert: marker },
        ],
        range: EditorSelection.range(range.from + marker.length, range.to + marker.length),
      };
    });
    view.dispatch(state.update(changes, { scrollIntoView: true, userEvent: 'input' }));
    return true;
  };
}

/** `[selection](https://)` with the address selected, ready to be typed over. */
export const insertLink: Command = (view) => {
  const { state } = view;
  const placeholder = 'https://';
  const changes = state.changeByRange((range) => {
    const text = state.sliceDoc(range.from, range.to) || 'link text';
    const insert = `[${text}](${placeholder})`;
    const urlStart = range.from + text.length + 3;
    return { changes: { from: range.from, to: range.to, insert }, range: EditorSelection.range(urlStart, urlStart + placeholder.length) };
  });
  view.dispatch(state.update(changes, { scrollIntoView: true, userEvent: 'input' }));
  return true;
};

/** Makes the cursor's line a heading of `level` (a `##` heading starts a page); again removes it. */
export function setHeading(level: number): Command {
  return (view) => {
    const { state } = view;
    const prefix = `${'#'.repeat(level)} `;
    const changes: ChangeSpec[] = [];
    const seen = new Set<number>();
    for (const range of state.selection.ranges) {
      const line = state.doc.lineAt(range.head);
      if (seen.has(line.number)) continue;
      seen.add(line.number);
      const existing = /^#{1,6} /.exec(line.text)?.[0] ?? '';
      changes.push({ from: line.from, to: line.from + existing.length, insert: existing === prefix ? '' : prefix });
    }
    view.dispatch({ changes, scrollIntoView: true, userEvent: 'input' });
    return true;
  };
}

/**
 * Inserts a block (a quiz, a callout, an image line) at the cursor as its own paragraph: quizzes
 * must start at the left margin, and a block glued to a paragraph would not be one.
 */
export function insertBlock(view: EditorView, block: string, at = view.state.selection.main.head): void {
  const { doc } = view.state;
  const line = doc.lineAt(at);
  // Mid-line, the block goes after the line rather than splitting the trainer's sentence.
  const pos = at === line.from ? at : line.to;
  const before = doc.sliceString(Math.max(0, pos - 2), pos);
  const lead = pos === 0 ? '' : before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const after = doc.sliceString(pos, pos + 2);
  const trail = after.startsWith('\n\n') || pos === doc.length ? '\n' : after.startsWith('\n') ? '\n' : '\n\n';
  const insert = `${lead}${block}${trail}`;
  view.dispatch({
    changes: { from: pos, insert },
    selection: { anchor: pos + lead.length + block.length },
    scrollIntoView: true,
    userEvent: 'input',
  });
  view.focus();
}
