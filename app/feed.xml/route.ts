import { buildRss, rssResponse } from "@/lib/content/feed";
import { getFeedItems } from "@/lib/content/public-data";
import { SITE } from "@/lib/site";

// Static, refreshed by the "articles" tag on publish and every minute for scheduled items.
export const dynamic = "force-static";
export const revalidate = 60;

export async function GET() {
  const items = await getFeedItems(null, 50);
  return rssResponse(buildRss({ title: SITE.name, path: "/", description: `${SITE.name}门户网站最新信息`, items }));
}
