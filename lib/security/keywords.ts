import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";

type Client = Db | Prisma.TransactionClient;

export const KEYWORDS_KEY = "classified_keywords";

/** Art. 17: words that suggest an item may be classified (涉密) and must not go online unchecked. */
export const DEFAULT_CLASSIFIED_KEYWORDS = ["秘密", "机密", "绝密", "内部资料", "内部文件", "涉密", "内部使用", "不得外传", "密级"];

export async function getClassifiedKeywords(db: Client): Promise<string[]> {
  const row = await db.securitySetting.findUnique({ where: { key: KEYWORDS_KEY } });
  const value = row?.value;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : DEFAULT_CLASSIFIED_KEYWORDS;
}

/** One keyword per line or separated by commas; blanks and duplicates dropped. */
export function parseKeywordList(text: string): string[] {
  return [...new Set(text.split(/[\n,，、;；]+/).map((k) => k.trim()).filter(Boolean))];
}

export interface ClassifiedHit {
  keyword: string;
  where: "标题" | "正文" | "附件名称";
}

const stripTags = (html: string) => html.replace(/<[^>]*>/g, " ").replace(/&nbsp;/g, " ");

/** Which keywords occur where. Pure: pass the keywords from getClassifiedKeywords(). */
export function findClassifiedKeywords(
  item: { title?: string | null; body?: string | null; attachmentNames?: readonly string[] },
  keywords: readonly string[],
): ClassifiedHit[] {
  const places: [ClassifiedHit["where"], string][] = [
    ["标题", item.title ?? ""],
    ["正文", stripTags(item.body ?? "")],
    ["附件名称", (item.attachmentNames ?? []).join("\n")],
  ];
  const hits: ClassifiedHit[] = [];
  for (const [where, text] of places) {
    for (const keyword of keywords) if (keyword && text.includes(keyword)) hits.push({ keyword, where });
  }
  return hits;
}

/** The drafter's warning, in Chinese. */
export function classifiedWarning(hits: readonly ClassifiedHit[]): string {
  const list = hits.map((h) => `${h.where}含“${h.keyword}”`).join("；");
  return `保密提示：${list}。请确认信息不涉密后再提交，推送前须由审核人确认。`;
}
