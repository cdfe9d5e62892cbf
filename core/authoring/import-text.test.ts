import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModuleSource } from '../course/index';
import { importPost } from './import-post';
import { importText, inline, isHeadingLine } from './import-text';
import { splitPosts } from './split-posts';
import { sharedSeedsDir } from '../../tests/support/shared-seeds';

const seedsDir = sharedSeedsDir();

const seed = (prefix: string) => {
  const file = readdirSync(seedsDir).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return splitPosts(readFileSync(join(seedsDir, file), 'utf8'));
};

const allPosts = readdirSync(seedsDir).flatMap((file) => splitPosts(readFileSync(join(seedsDir, file), 'utf8')));

describe('splitPosts on the seed exports', () => {
  it.each([
    [
      '000',
      [
        'How to Follow Your Customers',
        'Do your Customers Want to Nurture You?',
        'When are you a Pounder?',
        'One Big Danger of Customer Sales Forms',
        'Always Be yourself? What BS',
      ],
    ],
    [
      '001',
      [
        "Why do your customers 'really' leave",
        'How to Follow Your Customers',
        'When are you a Pounder?',
        'What is Service with Purpose? (with Video)',
        'How Important is Service - Really, How Important?',
      ],
    ],
    ['002', ['What is customer service?']],
    ['003', ['Run FORREST (Customer) RUN!']],
    [
      '004',
      ['The Pitch versus The Partnership', 'Why Customer Service Training?', 'Making the Customer Do the Work: Another Flawed Strategy'],
    ],
  ])('%s splits into posts titled %j', (prefix, titles) => {
    expect(seed(prefix).map((post) => importText(post).title)).toEqual(titles);
  });

  it('drops the blog boilerplate', () => {
    const all = allPosts.join('\n');
    for (const junk of ['Posted via email', 'on Vimeo', '<p><a', 'Technorati Tags', 'Post a Comment', 'Image Courtesy'])
      expect(all).not.toContain(junk);
  });
});

describe('importText on the seeds', () => {
  it.each(allPosts.map((post, i) => [i, post] as const))('post %i compiles with no errors or warnings', (_i, post) => {
    const draft = importPost({ kind: 'text', content: post });
    const result = compileModuleSource(draft.text, 'modules/01-imported.md', { courseId: 'seeds' });
    expect(result.diagnostics).toEqual([]);
    expect(result.module.title).toBe(draft.title);
  });

  it.each([
    ['000', 0, ['- You quote data', '- Don’t like sloppiness', '- Love detail – they give you comfort']],
    ['000', 1, ['- You love people – hate confrontation', '- You are more likely to be convinced if you ‘like’ someone.']],
    ['000', 3, ['1. try to sell everything at once (insurances, overdraft, loan and credit card),', '3. close the sale too late.']],
    ['001', 0, ['- 1% die. There’s not much we can do about this one.', "1. Don't wait for complaints, or compliments to act."]],
    [
      '002',
      0,
      [
        "- Find their Hot Button. I can guarantee that everyone has one. It's the triggering factor for them to make this purchase. It could be envy, greed, or social status. Whatever it is make sure that you push it often.",
      ],
    ],
    [
      '003',
      0,
      ['1. Pushy Salesperson Attitude.', '9. Putting your policies over their satisfaction.', '## The Sales Cycle! What You Need to Know!'],
    ],
    ['004', 0, ['## Service Shifts']],
    ['004', 1, ['## Mandatory Customer Service Training: No Excuses']],
    ['004', 2, ['## Customer Service Coaching and the Salad', '## Transactional or Relational?']],
  ])('%s post %i has the lines %j', (prefix, index, lines) => {
    const post = seed(prefix)[index] ?? '';
    const text = importText(post).text.split('\n');
    for (const line of lines) expect(text).toContain(line);
  });

  it('keeps a bullet list in one piece when the post left blank lines between items', () => {
    const text = importText(seed('000')[0] ?? '').text;
    expect(text).toContain('- You quote data\n- Don’t like sloppiness\n- You love process');
  });
});

describe('importText line shapes', () => {
  it.each([
    ['bullets', 'Title\n\n• one\n· two\n* three\n- four', '- one\n- two\n- three\n- four'],
    ['numbers', 'Title\n\n1) first\n2) second', '1. first\n2. second'],
    ['heading above a paragraph', 'Title\n\nWhy It Matters\n\nBecause customers leave.', '## Why It Matters\n\nBecause customers leave.'],
    ['ALL CAPS heading', 'Title\n\nTHE FIX\n\nApologise first, then act.', '## THE FIX\n\nApologise first, then act.'],
    ['no heading without a paragraph after it', 'Title\n\nWhy It Matters', 'Why It Matters'],
    ['no heading from a sentence', 'Title\n\nThe Fix Is Simple.\n\nApologise.', 'The Fix Is Simple.\n\nApologise.'],
    ['URLs become links', 'Title\n\nSee https://example.com/a-b.', 'See <https://example.com/a-b>.'],
    [
      'Markdown characters are escaped',
      'Title\n\n# not a heading *or* _emphasis_ <b>',
      '\\# not a heading \\*or\\* \\_emphasis\\_ \\<b\\>',
    ],
    ['fences and callouts are escaped', 'Title\n\n```quiz\n\n::: warning', '\\`\\`\\`quiz\n\n\\::: warning'],
    ['wrapped lines join', `Title\n\n${'word '.repeat(14)}and\nthe rest.`, `${'word '.repeat(14)}and the rest.`],
  ])('%s', (_name, input, expectedBody) => {
    const draft = importText(input);
    expect(draft.title).toBe('Title');
    expect(draft.text).toBe(`---\ntitle: Title\nsummary: Describe this module in one sentence.\n---\n\n${expectedBody}\n`);
  });

  it.each([
    ['Service Shifts', true],
    ['Why Customer Service Training?', true],
    ['Example – Accountant', false],
    ['So what do you do?', false],
    ['Find your ideal customer.', false],
  ])('isHeadingLine(%j) = %s', (line, expected) => {
    expect(isHeadingLine(line)).toBe(expected);
  });

  it('uses a given title and keeps the first line in the body', () => {
    const draft = importPost({ kind: 'text', content: 'First line\n\nBody.', title: 'Given' });
    expect(draft.title).toBe('Given');
    expect(draft.text).toContain('First line\n\nBody.');
  });

  it('refuses an empty post', () => {
    expect(() => importPost({ kind: 'text', content: '  \n' })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  it('escapes inline text', () => {
    expect(inline('a & b')).toBe('a \\& b');
  });
});
