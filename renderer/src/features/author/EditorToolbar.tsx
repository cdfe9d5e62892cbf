import { redo, undo } from '@codemirror/commands';
import { openSearchPanel } from '@codemirror/search';
import type { Command, EditorView } from '@codemirror/view';
import type { ReactNode } from 'react';
import { FileTrigger, Menu, MenuItem, MenuTrigger, Popover, Toolbar, Tooltip, TooltipTrigger } from 'react-aria-components';
import { Button } from '../../ui/Button';
import { shortcuts } from './editor/extensions';
import { insertBlock, insertLink, setHeading, toggleWrap } from './editor/markdown-commands';
import { calloutSnippet, comparisonSnippet, quizKinds, quizSnippet, type QuizKind } from './editor/snippets';

const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

/** `Mod-Shift-h` → "Ctrl+Shift+H" (or ⌘ on a Mac), for tooltips; and the aria-keyshortcuts form. */
function keyLabel(key: string): string {
  return key
    .split('-')
    .map((part) => (part === 'Mod' ? (isMac ? '⌘' : 'Ctrl') : part.length === 1 ? part.toUpperCase() : part))
    .join('+');
}
function ariaKeys(key: string): string {
  return key
    .split('-')
    .map((part) => (part === 'Mod' ? (isMac ? 'Meta' : 'Control') : part.length === 1 ? part.toUpperCase() : part))
    .join('+');
}

interface Props {
  view: () => EditorView | null;
  onImages: (files: File[]) => void;
}

/** Formatting and insertion for trainers who do not know the Markdown by heart. */
export function EditorToolbar({ view, onImages }: Props) {
  const run = (command: Command) => {
    const current = view();
    if (!current) return;
    command(current);
    current.focus();
  };
  const insert = (block: string) => {
    const current = view();
    if (current) insertBlock(current, block);
  };
  return (
    <Toolbar className="editor-toolbar" aria-label="Formatting">
      <Tool label="Bold" shortcut={shortcuts.bold} onPress={() => run(toggleWrap('**'))}>
        <b aria-hidden="true">B</b>
      </Tool>
      <Tool label="Italic" shortcut={shortcuts.italic} onPress={() => run(toggleWrap('*'))}>
        <i aria-hidden="true">I</i>
      </Tool>
      <Tool label="Link" shortcut={shortcuts.link} onPress={() => run(insertLink)}>
        <span aria-hidden="true" className="tool__link">
          link
        </span>
      </Tool>
      <Tool label="New page heading" shortcut={shortcuts.page} onPress={() => run(setHeading(2))}>
        <span aria-hidden="true">H2</span>
      </Tool>
      <Tool label="Subheading" shortcut={shortcuts.heading3} onPress={() => run(setHeading(3))}>
        <span aria-hidden="true">H3</span>
      </Tool>
      <span className="editor-toolbar__gap" />
      <MenuTrigger>
        <Button variant="quiet" className="tool">
          Insert quiz ▾
        </Button>
        <Popover className="menu-popover">
          <Menu className="menu" aria-label="Quiz types" onAction={(key) => insert(quizSnippet(key as QuizKind))}>
            {quizKinds.map(({ kind, label }) => (
              <MenuItem key={kind} id={kind} className="menu__item">
                {label}
              </MenuItem>
            ))}
          </Menu>
        </Popover>
      </MenuTrigger>
      <Tool label="Insert callout" onPress={() => insert(calloutSnippet)}>
        Callout
      </Tool>
      <Tool label="Insert comparison" onPress={() => insert(comparisonSnippet)}>
        Compare
      </Tool>
      <FileTrigger
        acceptedFileTypes={['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/svg+xml']}
        onSelect={(files) => files && onImages(Array.from(files))}
      >
        <Button variant="quiet" className="tool" aria-label="Insert image">
          Image…
        </Button>
      </FileTrigger>
      <span className="editor-toolbar__gap" />
      <Tool label="Find and replace" shortcut="Mod-f" onPress={() => run(openSearchPanel)}>
        <span aria-hidden="true">Find</span>
      </Tool>
      <Tool label="Undo" shortcut="Mod-z" onPress={() => run(undo)}>
        <span aria-hidden="true">↶</span>
      </Tool>
      <Tool label="Redo" shortcut={isMac ? 'Mod-Shift-z' : 'Mod-y'} onPress={() => run(redo)}>
        <span aria-hidden="true">↷</span>
      </Tool>
    </Toolbar>
  );
}

function Tool({ label, shortcut, onPress, children }: { label: string; shortcut?: string; onPress?: () => void; children: ReactNode }) {
  return (
    <TooltipTrigger delay={400}>
      <Button variant="quiet" className="tool" aria-label={label} aria-keyshortcuts={shortcut && ariaKeys(shortcut)} onPress={onPress}>
        {children}
      </Button>
      <Tooltip className="tooltip" offset={6}>
        {shortcut ? `${label} (${keyLabel(shortcut)})` : label}
      </Tooltip>
    </TooltipTrigger>
  );
}
