// 来源 of a published article: the county bureau or unit whose submission it was adopted from,
// read from the adoption link (never from anything typed on a form).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";

type Client = Db | Prisma.TransactionClient;

export async function articleSourceOf(db: Client, approvalRecordId: string): Promise<string | null> {
  const link = await db.submissionAdoption.findUnique({
    where: { approvalId: approvalRecordId },
    select: { submission: { select: { section: { select: { name: true } } } } },
  });
  return link?.submission.section?.name ?? null;
}
