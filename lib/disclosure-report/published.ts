// The published annual reports: the list on /disclosure/annual-reports and the monitor's question.
import type { Db } from "@/lib/db/client";
import type { Client } from "@/lib/stats/item-counts";
import { publicArticleWhere } from "@/lib/content/visibility";
import { ANNUAL_REPORT_FORM } from "./fields";

/** Whether the report of `year` has been approved and published. */
export async function reportPublished(db: Client, year: number): Promise<boolean> {
  const n = await db.formRecord.count({ where: { formKey: ANNUAL_REPORT_FORM, state: "published", data: { path: ["year"], equals: String(year) } } });
  return n > 0;
}

export interface PublishedReport { articleId: number; title: string; year: number; publishAt: string }

/** Every published report the public may see, newest year first. */
export async function publishedReports(db: Db): Promise<PublishedReport[]> {
  const rows = await db.article.findMany({
    where: { AND: [publicArticleWhere(), { record: { formKey: ANNUAL_REPORT_FORM, state: "published" } }] },
    select: { id: true, title: true, publishAt: true, record: { select: { data: true } } },
  });
  return rows
    .map((a) => ({ articleId: a.id, title: a.title, year: Number((a.record?.data as { year?: unknown } | null)?.year), publishAt: a.publishAt.toISOString() }))
    .sort((a, b) => b.year - a.year);
}
