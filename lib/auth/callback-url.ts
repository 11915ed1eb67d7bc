import { appUrl } from "@/lib/env";

const MAX_LENGTH = 2048;
// Backslashes (browsers read them as slashes), control characters and white space (browsers drop
// tabs and newlines inside a URL, so "/\t/evil" becomes "//evil").
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const UNSAFE_CHARACTERS = /[\\\s\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * The one reader of a "where to go after signing in" value (a query parameter, a form field,
 * next-auth's callbackUrl): a path on this app's own public address, or the fallback. An open
 * redirect would turn our sign-in links into a phishing tool, so anything that a browser, Next or
 * a later decoding step could read as another host is refused rather than repaired: "//host",
 * "/\host", "\/host", encoded slashes and backslashes, also twice ("/%2F%2Fhost", "/%252Fhost"), schemes
 * ("https:", "javascript:"), userinfo ("/@host" is harmless, "https://us@host" is absolute).
 * An absolute URL on the public address itself is accepted as its path.
 */
export function safeCallbackPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  const origin = appUrl();
  let path = value;
  if (path === origin) path = "/";
  else if (path.startsWith(`${origin}/`)) path = path.slice(origin.length);
  if (!isPlainPath(path)) return fallback;
  // No path of this app has an encoded slash, an empty segment or a dot segment; a later step
  // that decodes or normalises could turn each into "//host". The query may hold anything.
  const pathPart = path.split(/[?#]/, 1)[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    return fallback;
  }
  if (
    /%(2f|5c)/i.test(pathPart) ||
    /%(2f|5c)/i.test(decoded) ||
    !isPlainPath(decoded) ||
    decoded.includes("//") ||
    /\/\.\.?(\/|$)/.test(decoded)
  )
    return fallback;
  const url = new URL(path, origin);
  if (url.origin !== origin || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

function isPlainPath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !UNSAFE_CHARACTERS.test(path);
}
