import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

/**
 * The editor's look, in the app's design tokens. CSS custom properties inherit into the editor's
 * shadow root (see CodeEditor.tsx), so both themes follow the system like the rest of the app.
 */
export const editorTheme = EditorView.theme({
  '&': { height: '100%', color: 'var(--color-text)', backgroundColor: 'var(--color-surface)', fontSize: 'var(--text-sm)' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.6' },
  '.cm-content': { caretColor: 'var(--color-text)', padding: 'var(--space-3) 0' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--color-text)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--color-accent-soft)',
  },
  '.cm-gutters': {
    backgroundColor: 'var(--color-surface-muted)',
    color: 'var(--color-text-muted)',
    borderRight: '1px solid var(--color-border)',
  },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--color-accent-soft) 45%, transparent)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--color-accent-soft)', color: 'var(--color-text)' },
  '.cm-panels': { backgroundColor: 'var(--color-surface-muted)', color: 'var(--color-text)' },
  '.cm-panels.cm-panels-top': { borderBottom: '1px solid var(--color-border)' },
  '.cm-panel input, .cm-panel button, .cm-textfield, .cm-button': {
    font: 'inherit',
    fontSize: 'var(--text-sm)',
    color: 'var(--color-text)',
  },
  '.cm-textfield': { backgroundColor: 'var(--color-bg)', border: '1px solid var(--color-border)', borderRadius: 'var(--radius-sm)' },
  '.cm-button': {
    backgroundImage: 'none',
    backgroundColor: 'var(--color-surface)',
    border: '1px solid var(--color-border)',
    borderRadius: 'var(--radius-sm)',
  },
  '.cm-panel :focus-visible, .cm-panel input:focus': { outline: 'none', boxShadow: 'var(--focus-ring)' },
  '.cm-searchMatch': { backgroundColor: 'var(--color-warning-soft)', outline: '1px solid var(--color-warning)' },
  '.cm-tooltip': { backgroundColor: 'var(--color-surface)', color: 'var(--color-text)', border: '1px solid var(--color-border)' },
  '.cm-diagnostic-error': { borderLeftColor: 'var(--color-danger)' },
  '.cm-diagnostic-warning': { borderLeftColor: 'var(--color-warning)' },
});

const highlight = HighlightStyle.define([
  { tag: t.heading, fontWeight: '700', color: 'var(--color-accent-strong)' },
  { tag: t.strong, fontWeight: '700' },
  { tag: t.emphasis, fontStyle: 'italic' },
  { tag: [t.link, t.url], color: 'var(--color-accent)', textDecoration: 'underline' },
  { tag: [t.processingInstruction, t.contentSeparator, t.meta], color: 'var(--color-text-muted)' },
  { tag: [t.monospace], color: 'var(--color-success)' },
  { tag: [t.propertyName, t.definition(t.propertyName)], color: 'var(--color-accent-strong)', fontWeight: '600' },
  { tag: [t.string, t.special(t.string)], color: 'var(--color-success)' },
  { tag: [t.bool, t.number, t.atom, t.keyword], color: 'var(--color-warning)' },
  { tag: [t.comment, t.lineComment], color: 'var(--color-text-muted)', fontStyle: 'italic' },
  { tag: [t.quote], color: 'var(--color-text-muted)' },
  { tag: [t.list], color: 'var(--color-accent)' },
]);

export const editorHighlighting = syntaxHighlighting(highlight);
