import { useApiQuery } from '../../api/use-api-query';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { CourseCard } from './CourseCard';
import { useCurrentLearner } from './current-learner';
import './learn.css';

/** `courseIds`, when given, limits the list to those courses (classroom mode). */
export function CourseListPage({ courseIds }: { courseIds?: readonly string[] }) {
  const all = useApiQuery('courses', (api) => api.listCourses({}));
  const courses = all.status === 'ready' && courseIds ? { ...all, data: all.data.filter((course) => courseIds.includes(course.id)) } : all;
  const { learner } = useCurrentLearner();

  return (
    <>
      <div className="page-intro">
        <h1>Courses</h1>
        <p>
          {learner ? `Welcome, ${learner.name}. ` : ''}Pick a course to start or continue. Your progress is saved on this machine as you go.
        </p>
      </div>
      {courses.status === 'loading' && (
        <p role="status" aria-live="polite">
          Loading courses…
        </p>
      )}
      {courses.status === 'error' && (
        <Notice tone="error" title="The course list could not be loaded">
          <p>{courses.message}</p>
          <Button onPress={courses.reload}>Try again</Button>
        </Notice>
      )}
      {courses.status === 'ready' && courses.data.length === 0 && (
        <Notice tone="info" title="No courses yet">
          <p>Courses appear here once a trainer adds them in the Author area.</p>
        </Notice>
      )}
      {courses.status === 'ready' && courses.data.length > 0 && (
        <ul className="course-grid" aria-label="Courses">
          {courses.data.map((course) => (
            <li key={course.id}>
              <CourseCard course={course} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
