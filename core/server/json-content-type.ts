/**
 * Whether a request's Content-Type says JSON in UTF-8: exactly `application/json`, with at most a
 * `charset=utf-8` parameter. A prefix test let `application/jsonx` and `application/json-seq` in;
 * anything that is not JSON as we parse it is refused. (The JSON type also forces a CORS preflight,
 * which no other site can pass.)
 */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const [mediaType = '', ...parameters] = header.split(';');
  if (mediaType.trim().toLowerCase() !== 'application/json') return false;
  return parameters.every((parameter) => isUtf8Charset(parameter));
}

function isUtf8Charset(parameter: string): boolean {
  const match = /^\s*charset\s*=\s*(?:"([^"]*)"|([^\s"]*))\s*$/i.exec(parameter);
  const value = match?.[1] ?? match?.[2];
  return value !== undefined && ['utf-8', 'utf8'].includes(value.toLowerCase());
}
