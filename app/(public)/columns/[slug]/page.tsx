import type { Metadata } from "next";
import { ColumnView, columnMetadata } from "@/components/public/column-view";
import { getVisibleColumnSlugs } from "@/lib/content/public-data";

// Static; refreshed by tag on publish, and every minute for scheduled items (lib/content/cache-tags.ts).
export const revalidate = 60;

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return columnMetadata((await params).slug);
}

export default async function ColumnPage({ params }: Props) {
  return <ColumnView slug={(await params).slug} page={1} />;
}

export async function generateStaticParams() {
  return (await getVisibleColumnSlugs()).map((c) => ({ slug: c.slug }));
}
