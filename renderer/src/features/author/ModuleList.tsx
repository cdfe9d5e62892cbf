import { useState } from 'react';
import {
  Button as AriaButton,
  GridList,
  GridListItem,
  Menu,
  MenuItem,
  MenuTrigger,
  Popover,
  useDragAndDrop,
  type Key,
} from 'react-aria-components';
import type { CourseOutline, OutlineModule } from '../../../../core/api/author-types';
import { Button } from '../../ui/Button';
import { ConfirmDialog, TextPromptDialog } from './dialogs';
import { problemSummary } from './LibraryEntryRow';
import { messageOf, useAuthorCall } from './use-author-call';

interface Props {
  outline: CourseOutline;
  current: string | null;
  onOutline: (outline: CourseOutline) => void;
  onOpen: (file: string | null) => void;
}

type Pending = { action: 'add' } | { action: 'rename' | 'delete'; module: OutlineModule } | null;

/**
 * The course's modules in playing order. Reorder by dragging or with Move up / Move down (the
 * keyboard way); each change rewrites only the `modules:` list of course.yml, on the Node side.
 */
export function ModuleList({ outline, current, onOutline, onOpen }: Props) {
  const call = useAuthorCall();
  const [pending, setPending] = useState<Pending>(null);
  const [error, setError] = useState<string | null>(null);
  const courseId = outline.courseId;
  const order = outline.modules.map((module) => module.file);

  const reorder = (files: string[]) => {
    setError(null);
    const byFile = new Map(outline.modules.map((module) => [module.file, module]));
    // Show the new order at once; the Node side's answer replaces it (or the error puts it back).
    onOutline({ ...outline, modules: files.map((file) => byFile.get(file)).filter((module) => module !== undefined) });
    call((api, trainerToken) => api.reorderModules({ trainerToken, courseId, files })).then(onOutline, (failure: unknown) => {
      setError(messageOf(failure));
      onOutline(outline);
    });
  };
  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    const [moved] = next.splice(from, 1);
    if (moved !== undefined) next.splice(to, 0, moved);
    reorder(next);
  };

  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) => [...keys].map((key) => ({ 'text/plain': String(key) })),
    onReorder(event) {
      const moving = order.filter((file) => event.keys.has(file));
      const rest = order.filter((file) => !event.keys.has(file));
      const at = rest.indexOf(String(event.target.key));
      rest.splice(event.target.dropPosition === 'before' ? at : at + 1, 0, ...moving);
      reorder(rest);
    },
  });

  return (
    <nav className="author-modules" aria-labelledby="author-modules-title">
      <div className="author-modules__head">
        <h2 id="author-modules-title">Modules</h2>
        <Button onPress={() => setPending({ action: 'add' })}>Add module…</Button>
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <GridList
        aria-labelledby="author-modules-title"
        className="author-modules__items"
        items={outline.modules.map((module, index) => ({ ...module, index }))}
        // Rows show their position and move by it: re-render them whenever the order changes.
        dependencies={[order.join('\n'), current]}
        dragAndDropHooks={dragAndDropHooks}
        selectionMode="single"
        selectionBehavior="replace"
        selectedKeys={current ? [current] : []}
        onSelectionChange={(keys) => keys !== 'all' && keys.size > 0 && onOpen(String([...keys][0] as Key))}
      >
        {(module) => (
          <GridListItem id={module.file} textValue={module.title} className="author-module">
            <AriaButton slot="drag" className="author-module__grip" aria-label={`Drag ${module.title}`}>
              ⋮⋮
            </AriaButton>
            <span className="author-module__text">
              <span className="author-module__title">
                {module.index + 1}. {module.title}
              </span>
              <span className={`problem-count problem-count--${module.errorCount ? 'error' : module.warningCount ? 'warning' : 'ok'}`}>
                {problemSummary(module.errorCount, module.warningCount)}
              </span>
            </span>
            <span className="author-module__buttons">
              <AriaButton
                className="author-icon-button"
                aria-label={`Move up: ${module.title}`}
                isDisabled={module.index === 0}
                onPress={() => move(module.index, module.index - 1)}
              >
                ↑
              </AriaButton>
              <AriaButton
                className="author-icon-button"
                aria-label={`Move down: ${module.title}`}
                isDisabled={module.index === order.length - 1}
                onPress={() => move(module.index, module.index + 1)}
              >
                ↓
              </AriaButton>
              <MenuTrigger>
                <AriaButton className="author-icon-button" aria-label={`More actions for ${module.title}`}>
                  …
                </AriaButton>
                <Popover className="menu-popover" placement="bottom end">
                  <Menu className="menu" onAction={(key) => setPending({ action: key as 'rename' | 'delete', module })}>
                    <MenuItem id="rename" className="menu__item">
                      Rename…
                    </MenuItem>
                    <MenuItem id="delete" className="menu__item menu__item--danger">
                      Delete…
                    </MenuItem>
                  </Menu>
                </Popover>
              </MenuTrigger>
            </span>
          </GridListItem>
        )}
      </GridList>

      <TextPromptDialog
        isOpen={pending?.action === 'add' || pending?.action === 'rename'}
        onClose={() => setPending(null)}
        title={pending?.action === 'rename' ? 'Rename module' : 'Add a module'}
        label="Module title"
        initial={pending?.action === 'rename' ? pending.module.title : ''}
        submitLabel={pending?.action === 'rename' ? 'Rename' : 'Add module'}
        onSubmit={async (title) => {
          if (pending?.action === 'rename') {
            const { file } = pending.module;
            onOutline(await call((api, trainerToken) => api.renameModule({ trainerToken, courseId, file, title })));
            return;
          }
          const added = await call((api, trainerToken) => api.addModule({ trainerToken, courseId, title }));
          onOutline(added);
          onOpen(added.file);
        }}
      />
      {pending?.action === 'delete' && (
        <ConfirmDialog
          isOpen
          onClose={() => setPending(null)}
          title={`Delete “${pending.module.title}”?`}
          confirmLabel="Delete module"
          onConfirm={async () => {
            const { file } = pending.module;
            onOutline(await call((api, trainerToken) => api.deleteModule({ trainerToken, courseId, file })));
            if (file === current) onOpen(null);
          }}
        >
          <p>The module leaves the course and its file is moved to the trash. Learners’ earlier results for it are kept.</p>
        </ConfirmDialog>
      )}
    </nav>
  );
}
