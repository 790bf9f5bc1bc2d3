/**
 * The one check for "a link that stays on this site" (return addresses after login) and for
 * "a link we may render" (attachments, 办事指南 links).
 *
 * Browsers drop tabs and newlines inside a URL and read "\" as "/", so "/\evil.example",
 * "/\t/evil.example" and "//evil.example" all lead to another host; a control character,
 * whitespace or backslash anywhere is refused rather than cleaned.
 */
const UNSAFE_CHARS = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff\\]/;
const BASE = "http://same-site.invalid";

/** The path (with query and fragment) if `raw` stays on this site, otherwise null. */
export function safeSameSitePath(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return null;
  if (UNSAFE_CHARS.test(raw) || !raw.startsWith("/") || raw.startsWith("//")) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  return url.origin === BASE ? url.pathname + url.search + url.hash : null;
}

/** A same-site path or an absolute http(s) address, nothing a browser could read otherwise. */
export function isSafeLink(raw: unknown): raw is string {
  if (typeof raw !== "string") return false;
  if (safeSameSitePath(raw) !== null) return true;
  if (UNSAFE_CHARS.test(raw) || !/^https?:\/\/[^/]/i.test(raw)) return false;
  try {
    const url = new URL(raw);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}
