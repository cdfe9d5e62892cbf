import { createHash } from 'node:crypto';
import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { checkContainers } from './check-containers';
import { DiagnosticSink, type Diagnostic, type Location } from './diagnostics';
import { splitFrontMatter } from './front-matter';
import { createMarkdown } from './markdown';
import type { RenderEnv } from './markdown-env';
import type { ModuleModel, Pool, Quiz } from './model';
import { defaultAssetBaseUrl } from './link-policy';
import { buildPages } from './pages';
import type { ContainerMeta } from './plugins/container';
import type { QuizFenceMeta } from './plugins/quiz-fence';
import { describeUnclosed } from './plugins/unclosed-end';
import { parsePoolParams } from './pool';
import { renderField } from './inline-field';
import { parseQuiz, type InlineRenderer } from './quiz-parse';
import { frontMatterSchema, type FrontMatter } from './schema';
import { fastYamlSource } from './yaml-fast';
import { parseYaml } from './yaml-source';
import { warnCommentCuts } from './yaml-comment-cut';
import { validateYaml } from './zod-issues';

export interface ModuleContext {
  /** Used for the default asset URL, `/course-assets/<courseId>/`. */
  courseId?: string;
  assetBaseUrl?: string;
  /** Whether a course-relative file exists; leave out to skip the missing-image check. */
  assetExists?: (coursePath: string) => boolean;
  /** sha256 of the file bytes when the caller has them; otherwise the UTF-8 text is hashed. */
  contentHash?: string;
  /** A markdown-it from createMarkdown() to reuse; one is made when omitted. */
  md?: MarkdownIt;
}

export interface ModuleResult {
  module: ModuleModel;
  diagnostics: Diagnostic[];
  /** Course-relative image paths the module references (the compile cache re-checks them). */
  images: string[];
}

let sharedMarkdown: MarkdownIt | undefined;

/**
 * Compiles one module's text without touching the disk (the editor's live preview uses this).
 * `fileName` is the module path relative to the course folder. Never throws on bad content.
 */
export function compileModuleSource(source: string, fileName: string, context: ModuleContext = {}): ModuleResult {
  const sink = new DiagnosticSink(fileName);
  const md = context.md ?? (sharedMarkdown ??= createMarkdown());
  const parts = splitFrontMatter(source);
  const front = readFrontMatter(parts.frontMatter, parts.frontMatterLine, parts.unclosed, sink);
  const lines = parts.body.split('\n');
  const env: RenderEnv = {
    sink,
    lineOffset: parts.bodyLineOffset,
    lines,
    assetBaseUrl: context.assetBaseUrl ?? defaultAssetBaseUrl(context.courseId ?? 'course'),
    ...(context.assetExists && { assetExists: context.assetExists }),
    images: new Set(),
  };
  const tokens = md.parse(parts.body, env);
  checkContainers(tokens, parts.bodyLineOffset, sink);

  const quizzes: Quiz[] = [];
  const pools: Pool[] = [];
  const ids = new Map<string, Location>();
  const claimId = (id: string, at: Location, what: string) => {
    const first = ids.get(id);
    if (first) sink.error('duplicate-id', at, `${what} id '${id}' is already used at line ${first.line}; ids must be unique in the course`);
    else ids.set(id, at);
    return !first;
  };
  const inline: InlineRenderer = (text, at, fieldSink) => renderField(md, text, { ...env, sink: fieldSink, at });
  const compileQuiz = (token: Token, poolId?: string): Quiz | undefined => {
    const unclosed = (token.meta as QuizFenceMeta | null)?.unclosed;
    if (unclosed) {
      const first = token.map?.[0] ?? 0;
      const line = parts.bodyLineOffset + first + 1;
      sink.error(
        'unclosed-quiz',
        { line, column: 1 },
        `quiz block opened at line ${line} is never closed with ${token.markup}, so it takes in ${describeUnclosed(first, unclosed, parts.bodyLineOffset)}, and is not shown; add a line with ${token.markup} after the quiz`,
      );
      return undefined;
    }
    const quiz = parseQuiz(token.content, quizPlacement(token, lines, parts.bodyLineOffset), sink, inline);
    if (!quiz || !claimId(quiz.id, quiz.idAt, 'quiz')) return undefined;
    if (poolId) quiz.poolId = poolId;
    quizzes.push(quiz);
    return quiz;
  };

  const pages = buildPages(
    tokens,
    md,
    env,
    front.title,
    {
      quiz: (token) => compileQuiz(token)?.id,
      pool: (open, inner) => {
        const meta = open.meta as ContainerMeta;
        const line = parts.bodyLineOffset + (open.map?.[0] ?? 0) + 1;
        const lineText = lines[open.map?.[0] ?? 0] ?? '';
        const paramsColumn = lineText.indexOf(meta.params) + 1 || 1;
        const params = parsePoolParams(meta.params, paramsColumn, line, sink);
        const quizIds: string[] = [];
        for (const token of inner) {
          if (token.type === 'course_quiz') {
            const quiz = compileQuiz(token, params?.id);
            if (quiz) quizIds.push(quiz.id);
          } else if (token.level === open.level + 1 && token.nesting !== -1) {
            sink.warning(
              'pool-content-ignored',
              { line: parts.bodyLineOffset + (token.map?.[0] ?? 0) + 1, column: 1 },
              'a pool holds only ```quiz blocks; this content is not shown',
            );
          }
        }
        if (!params || !claimId(params.id, { line, column: 1 }, 'pool')) return undefined;
        if (quizIds.length === 0) {
          sink.error('pool-empty', { line, column: 1 }, `pool '${params.id}' has no usable quizzes`);
          return undefined;
        }
        if (params.draw > quizIds.length) {
          sink.error(
            'pool-draw-too-large',
            { line, column: paramsColumn + meta.params.indexOf('draw=') },
            `pool '${params.id}' draws ${params.draw} questions but has only ${quizIds.length}`,
          );
          return undefined;
        }
        pools.push({ id: params.id, draw: params.draw, quizIds });
        return params.id;
      },
      misplaced: (token) => {
        const what = token.type === 'course_quiz' ? 'a ```quiz block' : 'a pool';
        sink.error(
          'misplaced-quiz',
          { line: parts.bodyLineOffset + (token.map?.[0] ?? 0) + 1, column: 1 },
          `${what} must start at the left margin, not inside a list, quote or callout; it is not shown here`,
        );
      },
    },
    parts.bodyLineOffset,
  );

  const module: ModuleModel = {
    id: front.id ?? moduleIdFromFile(fileName),
    file: fileName,
    title: front.title,
    summary: front.summary,
    minutes: front.minutes ?? null,
    objectives: front.objectives,
    passMark: front['pass-mark'],
    attempts: front.attempts ?? null,
    shuffle: front.shuffle,
    contentHash: context.contentHash ?? createHash('sha256').update(source).digest('hex'),
    pages,
    quizzes,
    pools,
  };
  return { module, diagnostics: sink.items, images: [...(env.images ?? [])] };
}

function readFrontMatter(yaml: string | null, firstLine: number, unclosed: boolean, sink: DiagnosticSink): FrontMatter {
  const fallback: FrontMatter = { title: 'Untitled module', summary: '', objectives: [], 'pass-mark': 80, shuffle: false };
  if (yaml === null) {
    sink.error(
      unclosed ? 'front-matter-unclosed' : 'missing-front-matter',
      { line: 1, column: 1 },
      unclosed
        ? 'the front matter starting with --- on line 1 is never closed; end it with a --- line'
        : 'the module has no front matter: start the file with a --- line, "title: ...", and another --- line',
    );
    return fallback;
  }
  warnCommentCuts(yaml, { firstLine }, sink);
  // Valid front matter needs no positions; anything else is parsed again with them to be reported.
  const fast = fastYamlSource(yaml);
  const checked = fast && frontMatterSchema.safeParse(fast.value ?? {});
  if (checked?.success) return checked.data;
  const source = parseYaml(yaml, { firstLine }, sink, 'front matter');
  if (!source.ok) return fallback;
  const value = source.value ?? {};
  return validateYaml(frontMatterSchema, { ...source, value }, sink, 'front matter') ?? salvage(value, fallback);
}

/** After reporting the problems, keep every front matter value that is valid on its own. */
function salvage(value: unknown, fallback: FrontMatter): FrontMatter {
  if (typeof value !== 'object' || value === null) return fallback;
  const result: Record<string, unknown> = { ...fallback };
  for (const [key, schema] of Object.entries(frontMatterSchema.shape)) {
    const parsed = schema.safeParse((value as Record<string, unknown>)[key]);
    if (parsed.success && parsed.data !== undefined) result[key] = parsed.data;
  }
  // Each value passed its own field schema above, so the assembled object has the right shape.
  return result as FrontMatter;
}

/** `modules/01-first-contact.md` → `first-contact`: the order prefix goes, so reordering keeps ids. */
export function moduleIdFromFile(fileName: string): string {
  const base = (fileName.split('/').pop() ?? fileName).replace(/\.[^.]*$/, '');
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return slug(base.replace(/^\d+[-_.\s]*/, '')) || slug(base) || 'module';
}

/** Where a quiz fence's YAML sits in the file, including its indentation inside lists or quotes. */
function quizPlacement(token: Token, lines: readonly string[], lineOffset: number) {
  const first = (token.map?.[0] ?? 0) + 1;
  const content = token.content.split('\n');
  return {
    firstLine: lineOffset + first + 1,
    columnOffset: (index: number) => {
      const sourceLine = lines[first + index] ?? '';
      const contentLine = content[index] ?? '';
      return contentLine !== '' && sourceLine.endsWith(contentLine) ? sourceLine.length - contentLine.length : 0;
    },
  };
}
