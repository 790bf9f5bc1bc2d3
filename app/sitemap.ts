import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/content/feed";
import { getFeedItems, getVisibleColumnSlugs } from "@/lib/content/public-data";

// Static, refreshed by the "articles" and "columns" tags and every minute for scheduled items.
export const revalidate = 60;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteOrigin();
  const [columns, items] = await Promise.all([getVisibleColumnSlugs(), getFeedItems(null, 5000)]);
  return [
    { url: `${origin}/`, changeFrequency: "daily", priority: 1 },
    { url: `${origin}/mailbox`, changeFrequency: "monthly", priority: 0.5 },
    ...columns.filter((c) => c.kind !== "link").map((c) => ({ url: `${origin}/columns/${c.slug}`, lastModified: c.updatedAt, changeFrequency: "weekly" as const, priority: 0.7 })),
    ...items.map((a) => ({ url: `${origin}/articles/${a.id}`, lastModified: a.updatedAt, priority: 0.6 })),
  ];
}
