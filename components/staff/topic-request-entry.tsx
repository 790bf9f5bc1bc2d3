import Link from "next/link";
import type { Actor } from "@/lib/auth/login";
import { allowed } from "@/lib/auth/permissions";
import { TOPIC_REQUEST_FORM } from "@/lib/columns/topic-form-key";

/** Art. 6: where a section's or a unit's account starts a 专题专栏 request (nothing for anyone else). */
export async function TopicRequestEntry({ actor }: { actor: Actor }) {
  if (!(await allowed(actor, { start: TOPIC_REQUEST_FORM }))) return null;
  return (
    <section aria-labelledby="topic-h" className="rounded bg-white p-4 shadow-sm">
      <h2 id="topic-h" className="mb-2 text-lg font-bold">专题专栏</h2>
      <p className="mb-2 text-sm text-slate-600">围绕阶段性重点工作和公众关心的热点问题，可申请在局网站开设专题专栏；直属单位、县（市、区）卫生计生局和协会、学会的申请由业务归口科室审核转报信息统计科（第六条）。</p>
      <Link href={`/staff/forms/${TOPIC_REQUEST_FORM}/new`} className="inline-block rounded bg-brand px-4 py-2 text-white">申请开设专题专栏</Link>
    </section>
  );
}
