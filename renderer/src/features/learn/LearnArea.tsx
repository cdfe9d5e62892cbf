import { useCurrentLearner } from './current-learner';
import { CourseHomePage } from './CourseHomePage';
import { CourseListPage } from './CourseListPage';
import { PlayerPage } from './PlayerPage';
import { SignInPage } from './SignInPage';

/** `#/learn[/<course>[/<module>]]`, for the signed-in learner; everyone else is asked who they are. */
export function LearnArea({ path }: { path: string[] }) {
  const { learner } = useCurrentLearner();
  const [courseId, moduleId] = path;
  if (!learner) return <SignInPage />;
  if (courseId && moduleId) return <PlayerPage key={`${learner.id}/${courseId}/${moduleId}`} learnerId={learner.id} courseId={courseId} moduleId={moduleId} />;
  if (courseId) return <CourseHomePage key={`${learner.id}/${courseId}`} learnerId={learner.id} courseId={courseId} />;
  return <CourseListPage />;
}
