import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { editorExtensions, type EditorHandlers } from './extensions';

interface Props {
  initialText: string;
  handlers: { current: EditorHandlers };
  onView: (view: EditorView | null) => void;
}

/**
 * CodeMirror 6, mounted in a shadow root. Why: CodeMirror injects its styles with a <style>
 * element in a document but with a constructed stylesheet in a shadow root, and our
 * Content-Security-Policy (`style-src 'self'`) refuses the first and allows the second.
 * Mounted once: the text afterwards lives in the view, not in React state, so typing never waits
 * for React.
 */
export function CodeEditor({ initialText, handlers, onView }: Props) {
  const hostRef = useRef<HTMLDivElement>(null);
  const first = useRef({ initialText, onView });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const { initialText: doc, onView: report } = first.current;
    const view = new EditorView({
      state: EditorState.create({ doc, extensions: editorExtensions(() => handlers.current) }),
      parent: root,
      root,
    });
    report(view);
    return () => {
      report(null);
      view.destroy();
    };
  }, [handlers]);

  // A role keeps the player's arrow-key page turning (use-page-keys.ts) away from the editor.
  return <div ref={hostRef} className="code-editor" role="group" aria-label="Markdown editor" />;
}
