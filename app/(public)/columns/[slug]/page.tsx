// The build renders columns before any server starts (instrumentation.ts does not run then); the
// definitions name the columns that point to their public entries, so they are registered here too.
import "@/forms/server";
import type { Metadata } from "next";
import { ColumnView, columnMetadata } from "@/components/public/column-view";
import { getVisibleColumnSlugs } from "@/lib/content/public-data";
import { columnPageExists } from "@/lib/content/public-index";
import { notFound } from "next/navigation";

// Static; refreshed by tag on publish, and every minute for scheduled items (lib/content/cache-tags.ts).
export const revalidate = 60;

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return (await columnPageExists(slug, 1)) ? columnMetadata(slug) : { title: "栏目不存在" };
}

export default async function ColumnPage({ params }: Props) {
  const { slug } = await params;
  // Checked against the one cached index first: an unknown slug leaves no cache entry of its own.
  if (!(await columnPageExists(slug, 1))) notFound();
  return <ColumnView slug={slug} page={1} />;
}

export async function generateStaticParams() {
  return (await getVisibleColumnSlugs()).map((c) => ({ slug: c.slug }));
}
