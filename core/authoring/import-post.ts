import { ApiError } from '../errors';
import { formatCount, limits } from '../api/limits';
import { importHtml } from './import-html';
import { importText } from './import-text';
import type { PostDraft } from './post-draft';

export interface ImportPostInput {
  kind: 'html' | 'text';
  content: string;
  /** Overrides the title found in the post. */
  title?: string;
}

// A blog post is kilobytes; a megabyte of text is a pasted archive or a mistake.
const MAX_POST_CHARS = limits.text.post;

/** Turns a blog post (HTML or plain text) into a module draft for the trainer to review. */
export function importPost(input: ImportPostInput): PostDraft {
  if (typeof input.content !== 'string' || input.content.trim() === '')
    throw new ApiError('invalid-argument', 'The post is empty; paste or choose a post to import.');
  if (input.content.length > MAX_POST_CHARS)
    throw new ApiError(
      'invalid-argument',
      `That post is too long to import as one module (over ${formatCount(MAX_POST_CHARS)} characters); split it first.`,
    );
  if (input.kind === 'html') return importHtml(input.content, input.title);
  if (input.kind === 'text') return importText(input.content, input.title);
  throw new ApiError('invalid-argument', 'A post can be imported from HTML or plain text.');
}
