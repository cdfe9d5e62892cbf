import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../core/api/author-types';
import { ProblemsList } from './ProblemsList';

const yamlError: Diagnostic = {
  code: 'yaml-syntax',
  file: 'modules/01-a.md',
  line: 7,
  column: 9,
  severity: 'error',
  message: `the text of 'prompt' contains ': ', which YAML reads as the start of another key; put the whole text in quotes: prompt: "Note: this"`,
  detail: 'Nested mappings are not allowed in compact mappings',
};
const { detail: _none, ...withoutDetail } = yamlError;

describe('ProblemsList', () => {
  it.each<[string, Diagnostic, string[]]>([
    [
      'shows the parser wording under the message',
      yamlError,
      [
        'Line 7',
        'put the whole text in quotes',
        '<span class="problem__detail">Nested mappings are not allowed in compact mappings</span>',
      ],
    ],
    ['shows no detail line when there is none', withoutDetail, ['Line 7', 'put the whole text in quotes']],
  ])('%s', (_name, diagnostic, shown) => {
    const html = renderToStaticMarkup(createElement(ProblemsList, { diagnostics: [diagnostic], onActivate: () => undefined }));
    for (const fragment of shown) expect(html).toContain(fragment);
    expect(html.includes('problem__detail')).toBe(diagnostic.detail !== undefined);
  });
});
