import { renderScalar } from './yaml-splice';

/**
 * Starting text for new courses and modules. The blank course passes check-course with no
 * errors and shows the trainer each part of the format once: front matter, a page, a quiz.
 */

export const STARTER_MODULE_FILE = 'modules/01-getting-started.md';

export function blankCourseYml(id: string, title: string): string {
  return [
    '# The course file: its id, title and the modules in playing order.',
    '# See docs/course-format.md for every key.',
    `id: ${id}`,
    `title: ${renderScalar(title)}`,
    'description: ""',
    'version: "1"',
    'language: en',
    'modules:',
    `  - ${STARTER_MODULE_FILE}`,
    'completion: all-modules-completed',
    '',
  ].join('\n');
}

export function starterModule(): string {
  return [
    '---',
    'title: Getting started',
    'summary: What this course is about, in one sentence.',
    'minutes: 5',
    '---',
    '',
    '## Welcome',
    '',
    'Every `##` heading starts a new page. Write ordinary Markdown here: paragraphs, **bold**,',
    '*emphasis*, lists and links.',
    '',
    '- Add a page with a new `##` heading.',
    '- Add a question with a `quiz` block like the one below.',
    '',
    '## Check your understanding',
    '',
    '```quiz',
    'id: example-question',
    'type: single',
    'prompt: What starts a new page in a module?',
    'choices:',
    '  - id: heading',
    '    text: A level-two heading (##)',
    '    correct: true',
    '  - id: blank-line',
    '    text: A blank line',
    '    feedback: Blank lines separate paragraphs on the same page.',
    // Quoted: unquoted, YAML would read " ##" and everything after it as a comment.
    'explanation: "Each ## heading starts a page titled by the heading."',
    '```',
    '',
  ].join('\n');
}

/** A new module: front matter with the title and a first page. */
export function newModule(title: string): string {
  return ['---', `title: ${renderScalar(title)}`, 'summary: ""', '---', '', `## ${title}`, '', 'Write the first page here.', ''].join('\n');
}
