import { PostForm } from "@/components/staff/post-form";
import { Forbidden } from "@/components/staff/forbidden";
import { can } from "@/lib/auth/can";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getClassifiedKeywords } from "@/lib/security/keywords";
import { POLICY_LABELS, getPolicy, type SecurityPolicy } from "@/lib/security/policy";
import { updateKeywordsAction, updatePolicyAction } from "./actions";

export const metadata = { title: "安全策略" };

export default async function SecurityPage() {
  const actor = await requireActor("/staff/security");
  if (!can(actor, "policy.manage")) return <Forbidden />;
  const db = getDb();
  const [policy, keywords] = await Promise.all([getPolicy(db), getClassifiedKeywords(db)]);
  return (
    <div className="grid gap-6">
      <section aria-labelledby="policy" className="rounded bg-white p-4 shadow-sm">
        <h1 id="policy" className="mb-3 text-xl font-bold">安全策略</h1>
        <PostForm action={updatePolicyAction} submitLabel="保存安全策略">
          {(Object.keys(POLICY_LABELS) as (keyof SecurityPolicy)[]).map((k) => (
            <label key={k} className="grid max-w-md gap-1">
              {POLICY_LABELS[k]}
              <input name={k} type="number" inputMode="numeric" defaultValue={policy[k]} required className="rounded border border-slate-400 px-2 py-1" />
            </label>
          ))}
        </PostForm>
      </section>
      <section aria-labelledby="kw" className="rounded bg-white p-4 shadow-sm">
        <h2 id="kw" className="mb-2 text-lg font-bold">涉密关键词</h2>
        <p className="mb-3 text-sm text-slate-600">
          发布审批单的标题、正文或附件名称含有以下关键词时，提醒拟稿人，并须经审核人确认后才能推送（《管理办法》第十七条）。每行一个。
        </p>
        <PostForm action={updateKeywordsAction} submitLabel="保存涉密关键词">
          <label className="grid max-w-md gap-1">
            涉密关键词
            <textarea name="keywords" rows={8} defaultValue={keywords.join("\n")} className="rounded border border-slate-400 px-2 py-1" />
          </label>
        </PostForm>
      </section>
    </div>
  );
}
