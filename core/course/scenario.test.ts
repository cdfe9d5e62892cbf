import { describe, expect, it } from 'vitest';
import type { ScenarioQuiz } from './model';
import { advanceScenario } from './scenario';
import { quizFrom } from './test-helpers';

const quiz = quizFrom(`
id: call
type: scenario
prompt: A customer calls
steps:
  - id: s1
    text: First?
    choices:
      - { id: listen, text: Listen, feedback: Good start, next: s2 }
      - { id: argue, text: Argue, feedback: Risky, next: lost }
  - id: s2
    text: Then?
    choices:
      - { id: fix, text: Fix it, feedback: Sorted, next: won }
      - { id: back, text: Start over, next: s1 }
outcomes:
  - { id: won, title: Won, feedback: Customer kept, score: 5 }
  - { id: lost, title: Lost, feedback: Customer gone, score: 0 }
`) as ScenarioQuiz;

describe('advanceScenario', () => {
  it.each([
    [
      'no choice yet shows the first step',
      [],
      {
        kind: 'step',
        step: {
          id: 's1',
          text: 'First?',
          choices: [
            { id: 'listen', text: 'Listen' },
            { id: 'argue', text: 'Argue' },
          ],
        },
      },
    ],
    [
      'a choice leads to the next step with its feedback',
      ['listen'],
      {
        kind: 'step',
        feedback: 'Good start',
        step: {
          id: 's2',
          text: 'Then?',
          choices: [
            { id: 'fix', text: 'Fix it' },
            { id: 'back', text: 'Start over' },
          ],
        },
      },
    ],
    ['loops are allowed', ['listen', 'back'], { kind: 'step', step: { id: 's1' } }],
    [
      'reaching an outcome',
      ['listen', 'fix'],
      { kind: 'outcome', outcomeId: 'won', title: 'Won', feedback: ['Good start', 'Sorted', 'Customer kept'], score: 5, maxScore: 5 },
    ],
    ['a poor outcome', ['argue'], { kind: 'outcome', outcomeId: 'lost', score: 0, maxScore: 5 }],
    ['an unknown choice', ['shout'], { kind: 'error', code: 'unknown-choice' }],
    ['a path past the outcome', ['argue', 'listen'], { kind: 'error', code: 'past-outcome' }],
  ])('%s', (_name, path, expected) => {
    expect(advanceScenario(quiz, path)).toMatchObject(expected);
  });

  it('never reveals targets or scores in a step', () => {
    const progress = advanceScenario(quiz, ['listen']);
    expect(JSON.stringify(progress)).not.toMatch(/"next"|won|lost|score/);
  });
});
