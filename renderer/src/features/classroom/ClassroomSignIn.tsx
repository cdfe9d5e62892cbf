import { useState } from 'react';
import type { Classroom } from '../../../../core/api/records-types';
import type { LearnerSummary } from '../../../../core/api/playback-types';
import { useApi } from '../../api/api-context';
import { Notice } from '../../ui/Notice';
import { useCurrentLearner } from '../learn/current-learner';
import { LearnerButton } from '../learn/LearnerButton';
import { NewLearnerDialog } from '../learn/NewLearnerDialog';
import { useClassroom } from './classroom-context';
import { ReturningLearnerSearch } from './ReturningLearnerSearch';

/**
 * "Who is learning?" in a session: only the learners who joined it, plus "I'm new". Picking a name
 * or adding one joins the session first, so the dashboard counts the learner from their first page.
 */
export function ClassroomSignIn({ classroom }: { classroom: Classroom }) {
  const api = useApi();
  const { refresh } = useClassroom();
  const { signIn } = useCurrentLearner();
  const [error, setError] = useState<string | null>(null);

  const join = async (learner: LearnerSummary) => {
    await api.joinClassroom({ learnerId: learner.id });
    // The shell shows the course only to learners in the session's list, so it is fetched again first.
    await refresh();
    signIn(learner);
  };

  return (
    <div className="sign-in classroom-sign-in">
      <div className="page-intro">
        <h1>Who is learning?</h1>
        <p>Pick your name to continue, or choose “I’m new” if this is your first time in this session.</p>
      </div>
      {classroom.learners.length > 0 ? (
        <ul className="learner-list" aria-label="Learners in this session">
          {classroom.learners.map((learner) => (
            <li key={learner.id}>
              <LearnerButton
                learner={learner}
                onPress={() => {
                  setError(null);
                  join(learner).catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
                }}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p>Nobody has joined yet. Add your name to start.</p>
      )}
      {error && (
        <Notice tone="error" title="You could not join the session">
          <p>{error}</p>
        </Notice>
      )}
      <NewLearnerDialog onAdded={join} />
      <ReturningLearnerSearch
        joinedIds={classroom.learners.map((learner) => learner.id)}
        onPick={(learner) => {
          setError(null);
          join(learner).catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
        }}
      />
    </div>
  );
}
