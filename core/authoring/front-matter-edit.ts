import { renderScalar, setTopLevelScalar } from './yaml-splice';

/**
 * Edits a module's front matter in place. Like course.yml, the front matter is hand-written:
 * only the changed value is rewritten, and the body is never touched.
 */

// The front matter's YAML sits between the first line `---` and the next `---` or `...` line.
const FRONT_MATTER = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

export function setFrontMatterTitle(source: string, title: string): string {
  const match = FRONT_MATTER.exec(source);
  if (!match || match.index !== 0) return `---\ntitle: ${renderScalar(title)}\n---\n${source}`;
  const open = match[1] ?? '';
  const yaml = match[2] ?? '';
  const edited = setTopLevelScalar(yaml, 'title', title, 'The front matter');
  return open + (edited.endsWith('\n') || edited === '' ? edited : `${edited}\n`) + source.slice(open.length + yaml.length);
}
