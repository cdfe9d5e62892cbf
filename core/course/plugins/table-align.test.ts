import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../markdown';

const aligned = `| Left | Centre | Right | Plain |
| :--- | :----: | ----: | ----- |
| a    | b      | 1.50  | d     |
| *e*  | f      | 20.00 | h     |
`;

describe('table alignment', () => {
  it.each([
    ['with our syntax', createMarkdown()],
    ['without it', createMarkdown({ extensions: false })],
  ])('writes no style attribute anywhere (%s), which the CSP would block', (_name, md) => {
    const html = md.render(`${aligned}\n::: tip\n${aligned}:::\n`);
    expect(html).toContain('<table>');
    expect(html).not.toMatch(/\sstyle\s*=/i);
  });

  it('marks each aligned cell with a class the stylesheet aligns', () => {
    const html = createMarkdown().render(aligned);
    expect(html).toContain('<th class="align-left">Left</th>');
    expect(html).toContain('<th class="align-center">Centre</th>');
    expect(html).toContain('<th class="align-right">Right</th>');
    expect(html).toContain('<th>Plain</th>');
    expect(html).toContain('<td class="align-left"><em>e</em></td>');
    expect(html).toContain('<td class="align-center">f</td>');
    expect(html).toContain('<td class="align-right">20.00</td>');
    expect(html).toContain('<td>h</td>');
  });
});
