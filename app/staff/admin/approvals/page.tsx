import { Forbidden } from "@/components/staff/forbidden";
import { ProposalList } from "@/components/staff/proposal-list";
import { listPendingProposals } from "@/lib/auth/admin-proposals";
import { can } from "@/lib/auth/can";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { approveProposalAction, rejectProposalAction } from "../actions";

export const metadata = { title: "管理员变更审批" };

const OUTCOMES: Record<string, string> = { approved: "已批准，变更已生效。", rejected: "已驳回，账号未作任何变更。" };

export default async function ApprovalsPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const done = OUTCOMES[(await searchParams).done ?? ""];
  const actor = await requireActor("/staff/admin/approvals");
  if (!can(actor, "admin_account.approve")) return <Forbidden />;
  const proposals = await listPendingProposals(getDb(), actor);
  return (
    <section aria-labelledby="approvals" className="rounded bg-white p-4 shadow-sm">
      <h1 id="approvals" className="mb-2 text-xl font-bold">管理员变更审批</h1>
      <p className="mb-3 text-sm text-slate-600">系统管理员提出的管理员账号变更（新建、重置密码、停用、启用、更改角色）须由另一名管理员批准后生效；本人提出的申请不能由本人批准。每一步都记入审计记录，由安全审计员查阅。</p>
      {done && <p role="status" className="mb-3 text-green-700">{done}</p>}
      <ProposalList proposals={proposals} approve={approveProposalAction} reject={rejectProposalAction} />
    </section>
  );
}
