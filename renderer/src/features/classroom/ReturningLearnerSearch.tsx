import { useMemo, useState } from 'react';
import { Input, Label, SearchField } from 'react-aria-components';
import type { LearnerSummary } from '../../../../core/api/playback-types';
import { useApiQuery } from '../../api/use-api-query';
import { LearnerButton } from '../learn/LearnerButton';

/**
 * For someone who has learned on this machine before but not yet joined this session: they find
 * their name instead of adding themselves again (which would split their records in two). Names
 * appear only after two letters are typed, so the kiosk never lists everyone who used the machine.
 */
export function ReturningLearnerSearch({ joinedIds, onPick }: { joinedIds: readonly string[]; onPick: (learner: LearnerSummary) => void }) {
  const [query, setQuery] = useState('');
  const learners = useApiQuery('learners', (api) => api.listLearners({}));
  const matches = useMemo(() => {
    const needle = query.trim().toLowerCase();
    if (needle.length < 2 || learners.status !== 'ready') return [];
    return learners.data
      .filter((learner) => !joinedIds.includes(learner.id))
      .filter((learner) => learner.name.toLowerCase().includes(needle) || learner.staffId?.toLowerCase() === needle)
      .slice(0, 8);
  }, [query, learners, joinedIds]);

  return (
    <section className="returning-learner" aria-labelledby="returning-learner-title">
      <h2 id="returning-learner-title">Learned on this machine before?</h2>
      <SearchField value={query} onChange={setQuery} className="field">
        <Label>Find your name or staff id</Label>
        <Input className="field__input" autoComplete="off" />
      </SearchField>
      {query.trim().length >= 2 && (
        <ul className="learner-list" aria-label="Matching learners">
          {matches.map((learner) => (
            <li key={learner.id}>
              <LearnerButton learner={learner} onPress={() => onPick(learner)} />
            </li>
          ))}
          {matches.length === 0 && learners.status === 'ready' && (
            <li className="returning-learner__none">No one by that name yet: choose “I’m new”.</li>
          )}
        </ul>
      )}
    </section>
  );
}
