import { buildRss, rssResponse } from "@/lib/content/feed";
import { getColumn, getFeedItems, getVisibleColumnSlugs } from "@/lib/content/public-data";
import { SITE } from "@/lib/site";

// One RSS feed per column at /columns/<slug>/feed.xml; static like the column page.
export const dynamic = "force-static";
export const revalidate = 60;

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const column = await getColumn(slug);
  if (!column || column.kind !== "list") return new Response("栏目不存在", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const items = await getFeedItems(slug, 50);
  return rssResponse(buildRss({ title: `${column.name} - ${SITE.name}`, path: `/columns/${slug}`, description: column.description ?? column.name, items }));
}

export async function generateStaticParams() {
  return (await getVisibleColumnSlugs()).filter((c) => c.kind === "list").map((c) => ({ slug: c.slug }));
}
