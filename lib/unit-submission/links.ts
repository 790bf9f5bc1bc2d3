// What a submission became (the approval draft and, once public, the article) and, from the other
// side, which submission an approval draft was adopted from: the link both record pages show.
import type { Db } from "@/lib/db/client";
import { isLiveArticle } from "@/lib/content/visibility";

export interface AdoptionLink {
  submissionId: string;
  submissionTitle: string;
  unitName: string;
  approvalId: string;
  approvalTitle: string;
  approvalState: string;
  /** The public article's id, only while citizens can see it. */
  articleId: number | null;
}

const select = {
  submissionId: true,
  approvalId: true,
  submission: { select: { title: true, section: { select: { name: true } } } },
  approval: { select: { title: true, state: true, article: { select: { id: true, withdrawnAt: true, publishAt: true, column: { select: { visible: true } } } } } },
} as const;

type Row = { submissionId: string; approvalId: string; submission: { title: string; section: { name: string } | null }; approval: { title: string; state: string; article: { id: number; withdrawnAt: Date | null; publishAt: Date; column: { visible: boolean } } | null } };

function toLink(r: Row): AdoptionLink {
  const a = r.approval.article;
  return {
    submissionId: r.submissionId, submissionTitle: r.submission.title, unitName: r.submission.section?.name ?? "",
    approvalId: r.approvalId, approvalTitle: r.approval.title, approvalState: r.approval.state,
    articleId: a && a.column.visible && isLiveArticle(a) ? a.id : null,
  };
}

/** The adoption a record (either the submission or the approval draft) takes part in, or null. */
export async function adoptionLinkOf(db: Db, recordId: string): Promise<AdoptionLink | null> {
  const r = await db.submissionAdoption.findFirst({ where: { OR: [{ submissionId: recordId }, { approvalId: recordId }] }, select });
  return r ? toLink(r) : null;
}

/** The adoptions of a page of submissions, by submission id (one query for the page). */
export async function adoptionLinksOf(db: Db, submissionIds: string[]): Promise<Map<string, AdoptionLink>> {
  if (submissionIds.length === 0) return new Map();
  const rows = await db.submissionAdoption.findMany({ where: { submissionId: { in: submissionIds } }, select });
  return new Map(rows.map((r) => [r.submissionId, toLink(r)]));
}
