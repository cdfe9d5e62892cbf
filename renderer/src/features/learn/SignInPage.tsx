import { useApiQuery } from '../../api/use-api-query';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useCurrentLearner } from './current-learner';
import { LearnerButton } from './LearnerButton';
import { NewLearnerDialog } from './NewLearnerDialog';
import './sign-in.css';

/** "Who is learning?": the learners known on this machine, and "I'm new" to add one. */
export function SignInPage() {
  const learners = useApiQuery('learners', (api) => api.listLearners({}));
  const { signIn } = useCurrentLearner();

  return (
    <div className="sign-in">
      <div className="page-intro">
        <h1>Who is learning?</h1>
        <p>Pick your name to continue where you left off. Each person sees only their own progress.</p>
      </div>
      {learners.status === 'loading' && <p role="status">Loading learners…</p>}
      {learners.status === 'error' && (
        <Notice tone="error" title="The list of learners could not be loaded">
          <p>{learners.message}</p>
          <Button onPress={learners.reload}>Try again</Button>
        </Notice>
      )}
      {learners.status === 'ready' && (
        <>
          {learners.data.length > 0 && (
            <ul className="learner-list" aria-label="Learners on this machine">
              {learners.data.map((learner) => (
                <li key={learner.id}>
                  <LearnerButton learner={learner} onPress={() => signIn(learner)} />
                </li>
              ))}
            </ul>
          )}
          {learners.data.length === 0 && <p>Nobody has learned on this machine yet. Add your name to start.</p>}
          <NewLearnerDialog onAdded={signIn} />
        </>
      )}
    </div>
  );
}
