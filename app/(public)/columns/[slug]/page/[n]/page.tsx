import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { notFound } from "next/navigation";
import { ColumnView, columnMetadata } from "@/components/public/column-view";
import { columnPageExists } from "@/lib/content/public-index";

// Static on first visit, then cached; refreshed like the first page.
export const revalidate = 60;

type Props = { params: Promise<{ slug: string; n: string }> };

const pageNumber = (n: string) => (/^\d{1,6}$/.test(n) ? Number(n) : NaN);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  return (await columnPageExists(slug, pageNumber(n))) ? columnMetadata(slug, pageNumber(n)) : { title: "页面不存在" };
}

export default async function ColumnListPage({ params }: Props) {
  const { slug, n } = await params;
  const page = pageNumber(n);
  // Checked against the one cached index first: an unknown slug or page leaves no cache entry of its own.
  if (!(await columnPageExists(slug, page))) notFound();
  if (page === 1) permanentRedirect(`/columns/${slug}`);
  return <ColumnView slug={slug} page={page} />;
}

export function generateStaticParams() {
  return [];
}
