import { useHashRoute } from '../../app/use-hash-route';
import { CourseWorkspace } from './CourseWorkspace';
import { LibraryPage } from './LibraryPage';
import './author.css';
import './editor.css';
import './workspace.css';

/**
 * The Author area, by URL hash: `#/author` is the library, `#/author/<course>` a course,
 * `#/author/<course>/<module file>` that module in the editor.
 */
export function AuthorPage() {
  const [, courseId, file] = useHashRoute();
  if (!courseId) return <LibraryPage />;
  return <CourseWorkspace key={courseId} courseId={courseId} file={file ?? null} />;
}
