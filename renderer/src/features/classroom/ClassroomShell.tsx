import { useEffect } from 'react';
import type { Classroom } from '../../../../core/api/records-types';
import { useHashRoute } from '../../app/use-hash-route';
import { LearnArea } from '../learn/LearnArea';
import { useCurrentLearner } from '../learn/current-learner';
import { RecordsPage } from '../records/RecordsPage';
import { TrainerGate } from '../trainer/TrainerGate';
import { useTrainer } from '../trainer/trainer-session';
import { ClassroomHeader } from './ClassroomHeader';
import { ClassroomSignIn } from './ClassroomSignIn';
import { ClassroomTrainerPanel } from './ClassroomTrainerPanel';
import './classroom.css';

/**
 * The machine while a classroom session runs: a kiosk for the session's learners. Only the
 * session's course and modules are offered, and everything else (the trainer panel, Records) is
 * behind the passcode. `#/trainer` is the trainer's way in; Records stays reachable from there so
 * the trainer can watch the dashboard on this machine.
 */
export function ClassroomShell({ classroom }: { classroom: Classroom }) {
  const [first, ...rest] = useHashRoute();
  const { learner } = useCurrentLearner();
  const { token, lock } = useTrainer();
  const trainerScreen = first === 'trainer' || first === 'records';

  // Back on the learners' screens the trainer is locked out again, so the next learner cannot
  // walk into the trainer panel with the passcode the trainer typed.
  useEffect(() => {
    if (!trainerScreen && token) lock();
  }, [trainerScreen, token, lock]);

  useEffect(() => {
    document.title = `${classroom.name} — Course Studio`;
  }, [classroom.name, first]);

  const joined = learner !== null && classroom.learners.some((item) => item.id === learner.id);
  return (
    <div className="app app--classroom">
      <ClassroomHeader classroom={classroom} showLearner={joined} />
      <main className="app__main" id="main">
        {first === 'trainer' && (
          <TrainerGate area="The trainer panel">
            <ClassroomTrainerPanel classroom={classroom} />
          </TrainerGate>
        )}
        {first === 'records' && (
          <TrainerGate area="Records">
            <RecordsPage />
          </TrainerGate>
        )}
        {!trainerScreen &&
          (joined ? (
            <LearnArea path={first === 'learn' ? rest : []} scope={{ courseId: classroom.courseId, moduleIds: classroom.moduleIds }} />
          ) : (
            <ClassroomSignIn classroom={classroom} />
          ))}
      </main>
    </div>
  );
}
