import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { ColumnView, columnMetadata } from "@/components/public/column-view";

// Static on first visit, then cached; refreshed like the first page.
export const revalidate = 60;

type Props = { params: Promise<{ slug: string; n: string }> };

const pageNumber = (n: string) => (/^\d{1,6}$/.test(n) ? Number(n) : NaN);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  return columnMetadata(slug, pageNumber(n));
}

export default async function ColumnListPage({ params }: Props) {
  const { slug, n } = await params;
  const page = pageNumber(n);
  if (page === 1) permanentRedirect(`/columns/${slug}`);
  return <ColumnView slug={slug} page={page} />;
}

export function generateStaticParams() {
  return [];
}
