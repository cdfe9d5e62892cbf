import { hrefFor } from '../../app/use-hash-route';
import { Notice } from '../../ui/Notice';
import { useCurrentLearner } from './current-learner';
import { CourseHomePage } from './CourseHomePage';
import { CourseListPage } from './CourseListPage';
import { inScope, type LearnScope } from './learn-scope';
import { PlayerPage } from './PlayerPage';
import { SignInPage } from './SignInPage';

/** `#/learn[/<course>[/<module>]]`, for the signed-in learner; everyone else is asked who they are. */
export function LearnArea({ path, scope }: { path: string[]; scope?: LearnScope }) {
  const { learner } = useCurrentLearner();
  const [courseId, moduleId] = path;
  if (!learner) return <SignInPage />;
  if (courseId && !inScope(scope, courseId, moduleId)) {
    return (
      <Notice tone="info" title="This is not part of today’s session">
        <p>
          <a href={hrefFor('learn')}>Back to the session’s course</a>
        </p>
      </Notice>
    );
  }
  if (courseId && moduleId)
    return <PlayerPage key={`${learner.id}/${courseId}/${moduleId}`} learnerId={learner.id} courseId={courseId} moduleId={moduleId} />;
  if (courseId)
    return <CourseHomePage key={`${learner.id}/${courseId}`} learnerId={learner.id} courseId={courseId} moduleIds={scope?.moduleIds} />;
  return <CourseListPage courseIds={scope ? [scope.courseId] : undefined} />;
}
