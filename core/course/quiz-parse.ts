import { closest, DiagnosticSink, type Location } from './diagnostics';
import type { Quiz } from './model';
import { quizSchemas, quizTypes, type QuizType, type RawQuiz } from './schema';
import { validateQuiz } from './quiz-validate';
import { warnCommentCuts } from './yaml-comment-cut';
import { fastYamlSource } from './yaml-fast';
import { parseYaml, type Placement, type YamlPath, type YamlSource } from './yaml-source';
import { validateYaml } from './zod-issues';

/** Renders a trainer's text field as inline Markdown, reporting problems to `sink` at `at`. */
export type InlineRenderer = (text: string, at: Location, sink: DiagnosticSink) => string;

/**
 * Parses the YAML body of one ```quiz fence into an answer-key Quiz, or reports why it cannot.
 * Returns undefined when the quiz is unusable; semantic problems that still leave a playable
 * quiz (e.g. an unreachable scenario step) are reported but the quiz is returned.
 */
export function parseQuiz(content: string, placement: Placement, sink: DiagnosticSink, inline: InlineRenderer): Quiz | undefined {
  warnCommentCuts(content, placement, sink);
  const fast = fastYamlSource(content);
  if (fast) {
    // The same checks on the fast read, into a sink nobody sees: a quiz with any problem at all is
    // compiled again below from the positional parse, so its diagnostics carry real positions.
    const probe = new DiagnosticSink(sink.file);
    const quiz = quizFrom(fast, placement, probe, inline);
    if (quiz && probe.items.length === 0) {
      quiz.idAt = topLevelIdAt(content, placement) ?? parseYaml(content, placement, probe, 'quiz').at(['id']);
      return quiz;
    }
  }
  return quizFrom(parseYaml(content, placement, sink, 'quiz'), placement, sink, inline);
}

const TOP_LEVEL_ID = /^id[ ]*:[ ]+(?=[^ \n#])/m;

/**
 * Where the value of the top-level `id:` line starts, read from the text: the fast read keeps no
 * positions, and a quiz id's position is needed only if the id turns out to be a duplicate.
 * This is where the positional parse puts it, for the plain YAML the fast read accepts; other
 * spellings (a flow mapping) return undefined and the caller asks the positional parse.
 */
function topLevelIdAt(content: string, placement: Placement): Location | undefined {
  const match = TOP_LEVEL_ID.exec(content);
  if (!match) return undefined;
  let line = 0;
  for (let i = content.indexOf('\n'); i >= 0 && i < match.index; i = content.indexOf('\n', i + 1)) line++;
  return { line: placement.firstLine + line, column: match[0].length + 1 + (placement.columnOffset?.(line) ?? 0) };
}

function quizFrom(source: YamlSource, placement: Placement, sink: DiagnosticSink, inline: InlineRenderer): Quiz | undefined {
  if (!source.ok) return undefined;
  const value = source.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    sink.error('bad-value', source.at([]), 'a quiz must be a set of "key: value" lines, starting with id and type');
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const label = typeof record['id'] === 'string' ? `quiz '${record['id']}'` : 'quiz';
  const type = record['type'];
  if (type === undefined) {
    sink.error('missing-key', source.at([]), `${label} is missing the required key 'type' (one of: ${quizTypes.join(', ')})`);
    return undefined;
  }
  if (typeof type !== 'string' || !(quizTypes as string[]).includes(type)) {
    const suggestion = typeof type === 'string' ? closest(type, quizTypes) : undefined;
    sink.error(
      'unknown-question-type',
      source.at(['type']),
      `${label} has unknown type '${String(type)}'${suggestion ? `; did you mean '${suggestion}'?` : `; known types: ${quizTypes.join(', ')}`}`,
    );
    return undefined;
  }
  const raw = validateYaml(quizSchemas[type as QuizType], source, sink, label);
  if (!raw) return undefined;
  const quiz = buildQuiz(raw, source, placement, (text, at) => inline(text, at, sink));
  return validateQuiz(quiz, raw, source, sink) ? quiz : undefined;
}

function buildQuiz(raw: RawQuiz, source: YamlSource, placement: Placement, inline: (text: string, at: Location) => string): Quiz {
  const field = (text: string, path: YamlPath) => inline(text, source.at(path));
  const optional = (text: string | undefined, path: YamlPath) => (text === undefined ? undefined : field(text, path));
  const base = {
    id: raw.id,
    prompt: field(raw.prompt, ['prompt']),
    ...(raw.hint !== undefined && { hint: field(raw.hint, ['hint']) }),
    ...(raw.explanation !== undefined && { explanation: field(raw.explanation, ['explanation']) }),
    source: { line: placement.firstLine - 1, column: 1 },
    idAt: source.at(['id']),
  };
  const general = (feedback: { correct?: string; incorrect?: string } | undefined) => ({
    ...(feedback?.correct !== undefined && { correctFeedback: field(feedback.correct, ['feedback', 'correct']) }),
    ...(feedback?.incorrect !== undefined && { incorrectFeedback: field(feedback.incorrect, ['feedback', 'incorrect']) }),
  });
  const choices = (list: { id: string; text: string; correct: boolean; feedback?: string | undefined }[]) =>
    list.map((choice, i) => ({
      id: choice.id,
      text: field(choice.text, ['choices', i, 'text']),
      correct: choice.correct,
      ...(choice.feedback !== undefined && { feedback: field(choice.feedback, ['choices', i, 'feedback']) }),
    }));

  switch (raw.type) {
    case 'single':
      return { ...base, ...general(raw.feedback), type: 'single', graded: raw.graded, points: raw.points, choices: choices(raw.choices) };
    case 'multiple':
      return {
        ...base,
        ...general(raw.feedback),
        type: 'multiple',
        graded: raw.graded,
        points: raw.points,
        choices: choices(raw.choices),
        partialCredit: raw['partial-credit'],
      };
    case 'true-false':
      return { ...base, ...general(raw.feedback), type: 'true-false', graded: raw.graded, points: raw.points, answer: raw.answer };
    case 'text':
      return {
        ...base,
        ...general(raw.feedback),
        type: 'text',
        graded: raw.graded,
        points: raw.points,
        accept: raw.accept,
        patterns: raw.patterns,
      };
    case 'order':
      return {
        ...base,
        ...general(raw.feedback),
        type: 'order',
        graded: raw.graded,
        points: raw.points,
        items: raw.items.map((item, i) => ({ id: item.id, text: field(item.text, ['items', i, 'text']) })),
        partialCredit: raw['partial-credit'],
      };
    case 'match':
      return {
        ...base,
        ...general(raw.feedback),
        type: 'match',
        graded: raw.graded,
        points: raw.points,
        left: raw.left.map((item, i) => ({ id: item.id, text: field(item.text, ['left', i, 'text']), match: item.match })),
        right: raw.right.map((item, i) => ({ id: item.id, text: field(item.text, ['right', i, 'text']) })),
        partialCredit: raw['partial-credit'],
      };
    case 'scenario':
      return {
        ...base,
        type: 'scenario',
        graded: raw.graded,
        // A scenario is worth its best outcome.
        points: Math.max(0, ...raw.outcomes.map((outcome) => outcome.score)),
        start: raw.start ?? raw.steps[0]?.id ?? '',
        steps: raw.steps.map((step, s) => ({
          id: step.id,
          text: field(step.text, ['steps', s, 'text']),
          choices: step.choices.map((choice, c) => ({
            id: choice.id,
            text: field(choice.text, ['steps', s, 'choices', c, 'text']),
            ...(choice.feedback !== undefined && { feedback: field(choice.feedback, ['steps', s, 'choices', c, 'feedback']) }),
            next: choice.next ?? '',
          })),
        })),
        outcomes: raw.outcomes.map((outcome, o) => ({
          id: outcome.id,
          title: field(outcome.title, ['outcomes', o, 'title']),
          ...(outcome.feedback !== undefined && { feedback: field(outcome.feedback, ['outcomes', o, 'feedback']) }),
          score: outcome.score,
        })),
      };
    case 'reflection': {
      const scale = raw.scale;
      return {
        ...base,
        type: 'reflection',
        graded: false,
        points: 0,
        ...(scale && {
          scale: {
            min: scale.min,
            max: scale.max,
            ...(scale['min-label'] !== undefined && { minLabel: optional(scale['min-label'], ['scale', 'min-label']) ?? '' }),
            ...(scale['max-label'] !== undefined && { maxLabel: optional(scale['max-label'], ['scale', 'max-label']) ?? '' }),
          },
        }),
      };
    }
  }
}
