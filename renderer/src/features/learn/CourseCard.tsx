import type { CourseSummary } from '../../../../core/api/types';
import { hrefFor } from '../../app/use-hash-route';

export function CourseCard({ course }: { course: CourseSummary }) {
  const titleId = `course-${course.id}-title`;
  return (
    <article className="course-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="course-card__title">
        <a className="course-card__link" href={hrefFor('learn', course.id)}>
          {course.title}
        </a>
      </h2>
      {course.description && <p className="course-card__description">{course.description}</p>}
      <p className="course-card__meta">
        <span>{course.moduleCount === 1 ? '1 module' : `${course.moduleCount} modules`}</span>
        {course.source === 'bundled' && <span className="course-card__badge">Included with the app</span>}
      </p>
      {course.problems.length > 0 && (
        <ul className="course-card__problems" aria-label="Problems in this course">
          {course.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
