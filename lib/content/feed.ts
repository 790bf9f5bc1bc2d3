import { SITE } from "@/lib/site";
import type { FeedItem } from "./public-data";

/** The public origin for absolute links in feeds and the sitemap, fixed when the page is built. */
export function siteOrigin(): string {
  return (process.env.SITE_URL ?? `https://${SITE.domain}`).replace(/\/+$/, "");
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
// Characters XML 1.0 forbids even escaped; an article pasted from a word processor may carry them.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(s: string): string {
  return s.replace(INVALID_XML, "").replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? "");
}

export interface FeedChannel {
  title: string;
  path: string;
  description: string;
  items: FeedItem[];
}

/** An RSS 2.0 document for a channel, every text escaped. */
export function buildRss(channel: FeedChannel, origin = siteOrigin()): string {
  const items = channel.items.map((a) => {
    const link = `${origin}/articles/${a.id}`;
    return [
      "<item>",
      `<title>${escapeXml(a.title)}</title>`,
      `<link>${escapeXml(link)}</link>`,
      `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `<pubDate>${new Date(a.publishAt).toUTCString()}</pubDate>`,
      `<category>${escapeXml(a.columnName)}</category>`,
      `<description>${escapeXml(a.summary || a.title)}</description>`,
      "</item>",
    ].join("");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0"><channel>',
    `<title>${escapeXml(channel.title)}</title>`,
    `<link>${escapeXml(origin + channel.path)}</link>`,
    `<description>${escapeXml(channel.description)}</description>`,
    "<language>zh-cn</language>",
    ...items,
    "</channel></rss>",
  ].join("\n");
}

export const rssResponse = (xml: string) => new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
