import type { DiagnosticSink } from './diagnostics';
import type { Quiz } from './model';
import type { RawQuiz } from './schema';
import { validateScenario } from './scenario-validate';
import { uniqueIds } from './unique-ids';
import { MAX_PATTERNS_PER_QUESTION, patternProblem } from './text-answer';
import type { YamlSource } from './yaml-source';

/**
 * Checks what a schema cannot: that a question can be answered right, ids are unique within it,
 * references point somewhere. Returns false when the quiz cannot be played at all.
 */
export function validateQuiz(quiz: Quiz, raw: RawQuiz, source: YamlSource, sink: DiagnosticSink): boolean {
  const name = `quiz '${quiz.id}'`;
  switch (raw.type) {
    case 'single':
    case 'multiple': {
      let playable = uniqueIds(raw.choices, 'choices', name, source, sink);
      const correct = raw.choices.flatMap((choice, i) => (choice.correct ? [{ id: choice.id, i }] : []));
      if (correct.length === 0) {
        sink.error(
          'no-correct-answer',
          source.keyAt(['choices']),
          `${name} has no correct answer: mark at least one choice with "correct: true"`,
        );
        playable = false;
      }
      const first = correct[0];
      if (raw.type === 'single' && first) {
        for (const extra of correct.slice(1)) {
          sink.error(
            'too-many-correct',
            source.keyAt(['choices', extra.i, 'correct']),
            `choice '${extra.id}' is marked correct but the question is single choice and '${first.id}' is also correct (use type: multiple for several right answers)`,
          );
          playable = false;
        }
      }
      return playable;
    }
    case 'text': {
      let playable = true;
      if (raw.patterns.length > MAX_PATTERNS_PER_QUESTION) {
        sink.error(
          'unsafe-regex',
          source.keyAt(['patterns']),
          `${name} has ${raw.patterns.length} patterns; a question may have at most ${MAX_PATTERNS_PER_QUESTION} (combine them with |, or list exact answers under "accept")`,
        );
        playable = false;
      }
      raw.patterns.forEach((pattern, i) => {
        const problem = patternProblem(pattern);
        if (problem) {
          sink.error(problem.code, source.at(['patterns', i]), `pattern ${i + 1} of ${name} ${problem.reason}`);
          playable = false;
        }
      });
      if (raw.accept.length === 0 && raw.patterns.length === 0) {
        sink.error(
          'no-correct-answer',
          source.at([]),
          `${name} has no correct answer: list accepted answers under "accept" (or regular expressions under "patterns")`,
        );
        playable = false;
      }
      return playable;
    }
    case 'order': {
      const playable = uniqueIds(raw.items, 'items', name, source, sink);
      if (raw.items.length < 2) {
        sink.error(
          'order-too-few-items',
          source.keyAt(['items']),
          `${name} has ${raw.items.length} item${raw.items.length === 1 ? '' : 's'} to order; an ordering question needs at least two`,
        );
        return false;
      }
      return playable;
    }
    case 'match': {
      let playable = uniqueIds(raw.left, 'left', name, source, sink) && uniqueIds(raw.right, 'right', name, source, sink);
      const rightIds = new Set(raw.right.map((item) => item.id));
      raw.left.forEach((item, i) => {
        if (!rightIds.has(item.match)) {
          sink.error(
            'unknown-match-target',
            source.at(['left', i, 'match']),
            `item '${item.id}' of ${name} matches '${item.match}', which is not an id under "right" (${[...rightIds].join(', ')})`,
          );
          playable = false;
        }
      });
      return playable;
    }
    case 'scenario':
      return validateScenario(raw, source, sink, name);
    case 'true-false':
    case 'reflection':
      return true;
  }
}
