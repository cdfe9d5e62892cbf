/**
 * Starting points the toolbar inserts. Each quiz is valid as inserted (see docs/course-format.md),
 * so the preview shows it at once and the trainer edits real content instead of fixing syntax.
 */

export type QuizKind = 'single' | 'multiple' | 'true-false' | 'text' | 'order' | 'match' | 'scenario' | 'reflection';

export const quizKinds: { kind: QuizKind; label: string }[] = [
  { kind: 'single', label: 'Single choice' },
  { kind: 'multiple', label: 'Multiple response' },
  { kind: 'true-false', label: 'True or false' },
  { kind: 'text', label: 'Short text answer' },
  { kind: 'order', label: 'Ordering' },
  { kind: 'match', label: 'Matching' },
  { kind: 'scenario', label: 'Scenario' },
  { kind: 'reflection', label: 'Reflection' },
];

/** Quiz ids must be unique in the whole course and stay stable once learners answer: a random one is both. */
export function newQuizId(): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `question-${Array.from(bytes, (byte) => alphabet[byte % 36]).join('')}`;
}

const bodies: Record<QuizKind, string> = {
  single: `prompt: Write the question here.
choices:
  - id: right
    text: The right answer
    correct: true
    feedback: Say why it is right.
  - id: wrong
    text: A tempting wrong answer
    feedback: Say why it is wrong.
explanation: Explain the answer.`,
  multiple: `prompt: Which of these apply?
partial-credit: true
choices:
  - id: first
    text: A right answer
    correct: true
  - id: second
    text: Another right answer
    correct: true
  - id: third
    text: A wrong answer`,
  'true-false': `prompt: Write a statement that is true or false.
answer: true
feedback:
  correct: Right.
  incorrect: Say why it is true.`,
  text: `prompt: Ask for a word or a short phrase.
accept:
  - the answer`,
  order: `prompt: Put these steps in order.
items:
  - id: first
    text: First step
  - id: second
    text: Second step
  - id: third
    text: Third step`,
  match: `prompt: Match each item to its partner.
left:
  - id: one
    text: First item
    match: a
  - id: two
    text: Second item
    match: b
right:
  - id: a
    text: Partner of the first
  - id: b
    text: Partner of the second`,
  scenario: `prompt: Set the scene.
steps:
  - id: start
    text: What do you do first?
    choices:
      - id: good
        text: The helpful thing
        feedback: Say why it helps.
        next: success
      - id: poor
        text: The tempting thing
        next: setback
outcomes:
  - id: success
    title: It goes well
    feedback: Say what went right.
    score: 10
  - id: setback
    title: It goes badly
    feedback: Say what to try instead.
    score: 0`,
  reflection: `prompt: What will you do differently after this module?`,
};

export function quizSnippet(kind: QuizKind, id = newQuizId()): string {
  return `\`\`\`quiz\nid: ${id}\ntype: ${kind}\n${bodies[kind]}\n\`\`\``;
}

export const calloutSnippet = `::: tip A title for the tip
Write the tip here.
:::`;

export const comparisonSnippet = `:::: compare What to compare
::: column First
How the first one looks.
:::
::: column Second
How the second one looks.
:::
::::`;
