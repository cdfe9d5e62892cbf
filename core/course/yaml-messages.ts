import type { ErrorCode } from 'yaml';

/**
 * The YAML parser's errors in a trainer's words, each with a concrete fix. The parser's own
 * wording ("Nested mappings are not allowed in compact mappings") is kept as the diagnostic's
 * detail; the message says what is wrong in the file and what to type instead.
 */
export function explainYamlError(code: ErrorCode, parserMessage: string, lineText: string, fragment: string): string {
  const line = keyValue(lineText);
  const what = theFragment(fragment);
  switch (code) {
    case 'TAB_AS_INDENT':
      return `YAML indentation must use spaces, not tabs: replace the tabs at the start of this line of ${what} with spaces`;
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (parserMessage.startsWith('A block sequence')) return indentedDifferently(what);
      if (line && /:\s/.test(line.value)) {
        return `the text of '${line.key}' contains ': ', which YAML reads as the start of another key; put the whole text in quotes: ${line.key}: ${quote(line.value)}`;
      }
      return line
        ? `'${line.key}' already has a value on its line, so the lines indented below it do not belong anywhere; indent them like '${line.key}', or put a longer text in quotes`
        : `a text in ${what} contains ': ', which YAML reads as the start of another key; put the whole text in quotes`;
    case 'MULTILINE_IMPLICIT_KEY':
      return `this line of ${what} is not a "key: value" line; add the ':' after the key, or, if the line goes on from a text above, put that whole text in quotes`;
    case 'DUPLICATE_KEY':
      return line ? `'${line.key}' is written twice in ${what}; keep one of them` : `a key is written twice in ${what}; keep one of them`;
    case 'BAD_SCALAR_START': {
      const char = /character (\S+)$/.exec(parserMessage)?.[1] ?? 'that character';
      const fix = line ? `: ${line.key}: ${quote(line.value)}` : '';
      return `a value in ${what} cannot start with ${char}; put the whole value in quotes${fix}`;
    }
    case 'BAD_DQ_ESCAPE':
      return `inside "double quotes" a backslash starts an escape, and this one is not valid; write \\\\ for a backslash, or use 'single quotes'`;
    case 'MULTIPLE_DOCS':
      return `${capitalised(what)} has a second part after a '---' line; remove that line (YAML reads '---' as the start of another document)`;
    case 'BAD_INDENT':
      if (/must be sufficiently indented and end with a ([\]}])/.test(parserMessage)) {
        const close = /end with a ([\]}])/.exec(parserMessage)?.[1] ?? ']';
        return `a ${close === ']' ? '[list]' : '{set}'} in ${what} is not closed with ${close} (or goes on over a line that is not indented); close it on the same line`;
      }
      return indentedDifferently(what);
    case 'MISSING_CHAR':
      return missingChar(parserMessage, what);
    case 'UNEXPECTED_TOKEN':
      if (line && /^["']/.test(line.value)) {
        return `the text of '${line.key}' starts with a quote, so YAML ends it at the closing quote and cannot read what follows; put the whole text in quotes: ${line.key}: ${quote(line.value)}`;
      }
      return `${capitalised(what)} is not valid YAML here; check the indentation, and put texts that contain ': ' or ' #' or start with a quote, [, {, * or & in quotes`;
    default:
      return `${capitalised(what)} is not valid YAML here; check the indentation, and put texts that contain ': ' or ' #' or start with a quote, [, {, * or & in quotes`;
  }
}

function missingChar(parserMessage: string, what: string): string {
  if (parserMessage.startsWith('Missing closing "')) {
    return `a text in ${what} opens a " quote but never closes it; add the closing " where the text ends (write \\" for a quote inside it)`;
  }
  if (parserMessage.startsWith("Missing closing '")) {
    return `a text in ${what} opens a ' quote but never closes it; add the closing ' where the text ends (write '' for an apostrophe inside it)`;
  }
  if (parserMessage.startsWith('Implicit map keys need to be followed by map values')) {
    return `this line of ${what} is not a "key: value" line; add the ':' after the key, or put a text that goes on from the line above in quotes`;
  }
  if (parserMessage.startsWith('Comments must be separated')) {
    return `a # right after a quote or bracket in ${what} needs a space before it, or put it inside the quotes`;
  }
  return `${capitalised(what)} is missing a character YAML needs here (a closing quote or bracket, a ',' or ':'); check this line`;
}

function indentedDifferently(what: string): string {
  return `this line of ${what} is indented differently from the lines at its level; start keys (and "- " items) of the same level at the same column, with spaces`;
}

/** "the quiz", "the front matter", but "course.yml". */
export function theFragment(fragment: string): string {
  return fragment.includes('.') ? fragment : `the ${fragment}`;
}

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `key: value` (or `- key: value`) on one line. */
function keyValue(lineText: string): { key: string; value: string } | undefined {
  const match = /^\s*(?:-\s+)*([^\s:#'"][^:#]*?)\s*:\s+(.*?)\s*$/.exec(lineText);
  return match?.[1] && match[2] ? { key: match[1], value: match[2] } : undefined;
}

/** The value written so YAML reads it as text: double quotes, or single ones when it has a ". */
function quote(value: string): string {
  return value.includes('"') && !value.includes("'") ? `'${value}'` : JSON.stringify(value);
}
