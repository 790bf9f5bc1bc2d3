import Link from "next/link";
import type { Actor } from "@/lib/auth/login";
import { allowed } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { getForm } from "@/lib/form-engine/registry";
import { stateLabel } from "@/lib/form-engine/present";
import { adoptionLinkOf } from "@/lib/unit-submission/links";

/**
 * On a 信息报送单: the approval form it became and the public article; on an approval form: the
 * submission it was adopted from and its 来源. A link to the other record only for those who may see it.
 */
export async function AdoptionLink({ recordId, actor }: { recordId: string; actor: Actor }) {
  const link = await adoptionLinkOf(getDb(), recordId);
  if (!link) return null;
  const approval = getForm("publication-approval");
  const article = link.articleId ? <> · <Link href={`/articles/${link.articleId}`} className="text-brand underline" data-testid="adopted-article">查看网站文章</Link></> : null;
  if (link.submissionId === recordId) {
    const mayOpen = await allowed(actor, { view: link.approvalId });
    return (
      <section aria-labelledby="adoption-h" className="rounded bg-white p-4 shadow-sm">
        <h2 id="adoption-h" className="mb-1 font-bold">采用情况</h2>
        <p>
          已采用为{mayOpen ? <Link href={`/staff/records/${link.approvalId}`} className="text-brand underline">网站信息发布审批表</Link> : "网站信息发布审批表"}
          ，当前状态：<strong data-testid="adopted-state">{approval ? stateLabel(approval, link.approvalState) : link.approvalState}</strong>{article}
        </p>
      </section>
    );
  }
  const mayOpen = await allowed(actor, { view: link.submissionId });
  return (
    <section aria-labelledby="adoption-h" className="rounded bg-white p-4 shadow-sm">
      <h2 id="adoption-h" className="mb-1 font-bold">信息来源</h2>
      <p>
        来源：<strong data-testid="record-source">{link.unitName}</strong>（采用自{mayOpen ? <Link href={`/staff/records/${link.submissionId}`} className="text-brand underline">信息报送单“{link.submissionTitle}”</Link> : `信息报送单“${link.submissionTitle}”`}），发布后网站显示此来源。
      </p>
    </section>
  );
}
