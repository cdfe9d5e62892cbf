import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { yamlFrontmatter, yamlLanguage } from '@codemirror/lang-yaml';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { lintGutter } from '@codemirror/lint';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { Annotation, type Extension } from '@codemirror/state';
import {
  drawSelection,
  dropCursor,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { insertLink, setHeading, toggleWrap } from './markdown-commands';
import { editorHighlighting, editorTheme } from './theme';

/** What the editor tells its owner. Read through a getter, so the view never holds stale callbacks. */
export interface EditorHandlers {
  /** `external`: the text was replaced from disk (a reload), not typed. */
  onDocChanged(external: boolean): void;
  onCursorLine(line: number): void;
  onSave(): void;
  onBlur(): void;
  onImageFiles(files: File[], at: number): void;
}

/** Marks a change that loads text from disk, so it is not taken for an unsaved edit. */
export const fromDisk = Annotation.define<boolean>();

/** Shortcuts, as shown in the toolbar's tooltips. */
export const shortcuts = {
  save: 'Mod-s',
  bold: 'Mod-b',
  italic: 'Mod-i',
  link: 'Mod-k',
  heading1: 'Mod-Alt-1',
  heading2: 'Mod-Alt-2',
  heading3: 'Mod-Alt-3',
  page: 'Mod-Shift-h',
} as const;

export function editorExtensions(handlers: () => EditorHandlers): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    history(),
    drawSelection(),
    dropCursor(),
    indentOnInput(),
    bracketMatching(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    search({ top: true }),
    lintGutter(),
    EditorView.lineWrapping,
    // Front matter is YAML, and so is the body of every ```quiz block.
    yamlFrontmatter({
      content: markdown({ base: markdownLanguage, codeLanguages: (info) => (info.trim() === 'quiz' ? yamlLanguage : null) }),
    }),
    editorHighlighting,
    editorTheme,
    EditorView.contentAttributes.of({ 'aria-label': 'Module text' }),
    keymap.of([
      { key: shortcuts.save, preventDefault: true, run: () => (handlers().onSave(), true) },
      { key: shortcuts.bold, run: toggleWrap('**') },
      { key: shortcuts.italic, run: toggleWrap('*') },
      { key: shortcuts.link, run: insertLink },
      { key: shortcuts.heading1, run: setHeading(1) },
      { key: shortcuts.heading2, run: setHeading(2) },
      { key: shortcuts.heading3, run: setHeading(3) },
      { key: shortcuts.page, run: setHeading(2) },
      ...searchKeymap,
      ...historyKeymap,
      ...defaultKeymap,
    ]),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) handlers().onDocChanged(update.transactions.every((tr) => tr.annotation(fromDisk) === true));
      if (update.docChanged || update.selectionSet)
        handlers().onCursorLine(update.state.doc.lineAt(update.state.selection.main.head).number);
      if (update.focusChanged && !update.view.hasFocus) handlers().onBlur();
    }),
    EditorView.domEventHandlers({
      paste(event, view) {
        const files = imageFiles(event.clipboardData);
        if (files.length === 0) return false;
        event.preventDefault();
        handlers().onImageFiles(files, view.state.selection.main.head);
        return true;
      },
      drop(event, view) {
        const files = imageFiles(event.dataTransfer);
        if (files.length === 0) return false;
        event.preventDefault();
        const at = view.posAtCoords({ x: event.clientX, y: event.clientY }) ?? view.state.selection.main.head;
        handlers().onImageFiles(files, at);
        return true;
      },
    }),
  ];
}

function imageFiles(data: DataTransfer | null): File[] {
  return Array.from(data?.files ?? []).filter((file) => file.type.startsWith('image/'));
}
