// One decoded, normalised request path for every decision the server makes: the token
// guard, the Host check and the router all see it. The raw path is decoded once; encoded
// slashes or backslashes, dot segments, empty segments and what is still encoded after
// one decoding (double encoding) are refused, because two readers of such a path can
// disagree on where it leads. The router is handed the decoded path re-encoded segment by
// segment, so its own decoding gives back exactly the path the guard judged.

export type RequestPath = { path: string; url: string } | { problem: string };

const ENCODED_SEPARATOR = /%(2f|5c)/i;
const STILL_ENCODED = /%[0-9a-f]{2}/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Decodes and checks the path of a raw request target (`/a%70i/stats?x=1`). */
export function requestPath(rawUrl: string): RequestPath {
  const queryStart = rawUrl.indexOf('?');
  const rawPath = queryStart < 0 ? rawUrl : rawUrl.slice(0, queryStart);
  const query = queryStart < 0 ? '' : rawUrl.slice(queryStart);
  if (!rawPath.startsWith('/')) return { problem: 'the request path must start with "/"' };
  if (ENCODED_SEPARATOR.test(rawPath) || rawPath.includes('\\')) {
    return { problem: 'the request path holds an encoded slash or a backslash' };
  }
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { problem: 'the request path holds a malformed percent-encoding' };
  }
  if (STILL_ENCODED.test(path)) return { problem: 'the request path is encoded more than once' };
  if (CONTROL.test(path)) return { problem: 'the request path holds a control character' };
  const segments = path.slice(1).split('/');
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    return { problem: 'the request path holds a "." or ".." segment' };
  }
  if (segments.slice(0, -1).some((segment) => segment === '')) {
    return { problem: 'the request path holds an empty segment ("//")' };
  }
  return { path, url: `/${segments.map(encodeURIComponent).join('/')}${query}` };
}

/** Whether a decoded path belongs to the API, whatever its letter case. */
export function isApiPath(path: string): boolean {
  const lower = path.toLowerCase();
  return lower === '/api' || lower.startsWith('/api/');
}
