"use server";

import { runAction, type ActionState } from "@/lib/auth/action";
import { DEFAULT_POLICY, type SecurityPolicy } from "@/lib/security/policy";
import { updateClassifiedKeywords, updatePolicy } from "@/lib/security/settings";

const PATH = "/staff/security";

export async function updatePolicyAction(_previous: ActionState | null, form: FormData): Promise<ActionState> {
  return runAction(PATH, async (db, actor) => {
    const input = Object.fromEntries(
      (Object.keys(DEFAULT_POLICY) as (keyof SecurityPolicy)[]).map((k) => {
        const raw = String(form.get(k) ?? "").trim();
        return [k, /^\d+$/.test(raw) ? Number(raw) : raw];
      }),
    ) as Record<keyof SecurityPolicy, unknown>;
    await updatePolicy(db, actor, input);
    return "安全策略已保存，立即生效。";
  });
}

export async function updateKeywordsAction(_previous: ActionState | null, form: FormData): Promise<ActionState> {
  return runAction(PATH, async (db, actor) => {
    const list = await updateClassifiedKeywords(db, actor, String(form.get("keywords") ?? ""));
    return `涉密关键词已保存（共${list.length}个），立即生效。`;
  });
}
