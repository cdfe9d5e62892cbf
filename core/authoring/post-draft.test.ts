import { describe, expect, it } from 'vitest';
import { tidyBody } from './post-draft';

describe('tidyBody', () => {
  it.each([
    ['a callout opener outside code is escaped', 'Text\n::: warning\nx', 'Text\n\\::: warning\nx'],
    ['a fence-like line that cannot open a fence is escaped', '```a`b', '\\```a`b'],
    ['blank lines collapse outside code', 'a\n\n\n\nb', 'a\n\nb'],
    [
      'code keeps its blank lines, indentation and course syntax',
      '```js\na()\n\n\n  ::: tip  \n# x\n```',
      '```js\na()\n\n\n  ::: tip  \n# x\n```',
    ],
    ['a quiz fence stays code without its info word', '```quiz\nid: q\ntype: true-false\n```', '```\nid: q\ntype: true-false\n```'],
    ['a tilde quiz fence too', '~~~ quiz extra\nid: q\n~~~', '~~~\nid: q\n~~~'],
    [
      'a shorter fence inside a longer one is code',
      '````md\n```quiz\n:::\n```\n````\n::: tip',
      '````md\n```quiz\n:::\n```\n````\n\\::: tip',
    ],
    ['Windows line ends', 'a\r\n```\r\nb\r\n```', 'a\n```\nb\n```'],
  ])('%s', (_name, body, expected) => {
    expect(tidyBody(body)).toBe(expected);
  });
});
