import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/can";
import type { Actor } from "@/lib/auth/login";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { KEYWORDS_KEY, getClassifiedKeywords, parseKeywordList } from "./keywords";
import { POLICY_KEY, getPolicy, policySchema, type SecurityPolicy } from "./policy";

/** secadmin saves the policy; it applies to the next check. Audited with the old and new values. */
export async function updatePolicy(db: Db, actor: Actor, input: Record<keyof SecurityPolicy, unknown>): Promise<SecurityPolicy> {
  assertCan(actor, "policy.manage");
  const parsed = policySchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError("invalid_policy", issue.code === "invalid_type" ? "请填写整数。" : `${issue.message}`);
  }
  const next = parsed.data;
  return db.$transaction(async (tx) => {
    const before = await getPolicy(tx);
    await tx.securitySetting.upsert({ where: { key: POLICY_KEY }, create: { key: POLICY_KEY, value: next, updatedById: actor.id }, update: { value: next, updatedById: actor.id } });
    await recordAudit(tx, { actorId: actor.id, actorName: actor.username, action: "policy.update", objectType: "security_policy", objectId: POLICY_KEY, detail: { before, after: next } });
    return next;
  });
}

export async function updateClassifiedKeywords(db: Db, actor: Actor, text: string): Promise<string[]> {
  assertCan(actor, "policy.manage");
  const keywords = parseKeywordList(text);
  if (keywords.length === 0) throw new AppError("keywords_empty", "涉密关键词不能为空，至少保留一个。");
  if (keywords.some((k) => k.length > 20)) throw new AppError("keyword_long", "每个关键词不能超过20个字。");
  return db.$transaction(async (tx) => {
    const before = await getClassifiedKeywords(tx);
    await tx.securitySetting.upsert({ where: { key: KEYWORDS_KEY }, create: { key: KEYWORDS_KEY, value: keywords, updatedById: actor.id }, update: { value: keywords, updatedById: actor.id } });
    await recordAudit(tx, { actorId: actor.id, actorName: actor.username, action: "policy.keywords_update", objectType: "security_policy", objectId: KEYWORDS_KEY, detail: { before, after: keywords } });
    return keywords;
  });
}
