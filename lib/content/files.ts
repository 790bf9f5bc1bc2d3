// Attachments and images stored on an article as JSON lists. Publishing code writes what the
// approval form uploaded; the public pages read only entries with a safe URL.
import { isSafeLink } from "@/lib/security/safe-url";

export interface FileLink {
  name: string;
  url: string;
}

export interface ImageLink {
  url: string;
  alt: string;
}

const safeUrl = isSafeLink;
const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");

function entries(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((x): x is Record<string, unknown> => typeof x === "object" && x !== null) : [];
}

export function parseAttachments(value: unknown): FileLink[] {
  return entries(value).flatMap((a) => {
    const url = a.url ?? a.href;
    return safeUrl(url) ? [{ url, name: text(a.name) || text(a.filename) || "附件" }] : [];
  });
}

/** Images need alt text for screen readers; without a caption the article title serves (a file name would not). */
export function parseImages(value: unknown, fallbackAlt: string): ImageLink[] {
  return entries(value).flatMap((i) => {
    const url = i.url ?? i.src;
    return safeUrl(url) ? [{ url, alt: text(i.alt) || text(i.caption) || fallbackAlt }] : [];
  });
}
