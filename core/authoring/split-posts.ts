/**
 * Splits a plain-text export that holds several blog posts into one text per post, and drops
 * the blog platform's boilerplate around them. The seed exports (../shared/seeds) show the
 * pattern: a post ends with a "Posted via …" sign-off or with a long run of blank lines, and
 * video credits, embed HTML, tag lists and comment prompts surround the text.
 */

const SIGN_OFF = /^Posted (?:via|by|in)\b/i;

const BOILERPLATE: readonly RegExp[] = [
  SIGN_OFF,
  /\bfrom .+ on Vimeo\.?$/i,
  /^<(?:p|div|iframe|object|embed)\b.*>$/i,
  /^Technorati Tags:/i,
  /^No comments:?$/i,
  /^Post a Comment/i,
  /^Posts Tagged\b/i,
  /^Entries in .+\(\d+\)$/i,
  /^\(Image Courtesy of .*\)$/i,
  // A file name left behind by an image the export dropped: one long token of -, _ and letters.
  /^[\w-]{20,}$/,
];

// Three blank lines occur inside posts; five or more only ever between them.
const POST_GAP = 5;

export function splitPosts(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n');
  const posts: string[][] = [[]];
  let blanks = 0;
  let skipNext = false;
  for (const raw of lines) {
    const line = raw.trimEnd();
    const current = posts[posts.length - 1] ?? [];
    if (line.trim() === '') {
      blanks++;
      if (blanks === POST_GAP) posts.push([]);
      else current.push('');
      continue;
    }
    blanks = 0;
    if (skipNext) {
      skipNext = false;
      continue;
    }
    if (/^Technorati Tags:/i.test(line.trim())) skipNext = true;
    if (SIGN_OFF.test(line.trim())) posts.push([]);
    if (BOILERPLATE.some((re) => re.test(line.trim()))) continue;
    current.push(line);
  }
  return posts.map((post) => post.join('\n').trim()).filter((post) => post !== '');
}
