import { PROPOSAL_LABELS, type ProposalView } from "@/lib/auth/admin-proposals";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/format";
import { PostForm, type FormAction } from "./post-form";

const field = "rounded border border-slate-400 px-2 py-1";

/** Pending administrator-account proposals: the approver may approve or reject others' ones, the proposer withdraw their own. */
export function ProposalList({ proposals, approve, reject, withdraw }: { proposals: ProposalView[]; approve?: FormAction; reject?: FormAction; withdraw?: FormAction }) {
  if (proposals.length === 0) return <p className="text-slate-600">没有待批准的变更。</p>;
  return (
    <ul className="grid gap-3">
      {proposals.map((p) => (
        <li key={p.id} className="rounded border border-slate-200 p-3" data-testid={`proposal-${p.username}-${p.kind}`}>
          <p>
            <strong>{PROPOSAL_LABELS[p.kind]}</strong>：<span className="font-mono">{p.username}</span>
            {p.roles && <>（角色：{p.roles.map((r) => ROLE_LABELS[r]).join("、")}）</>}
          </p>
          <p className="text-sm text-slate-600">由 {p.proposedBy} 于 {formatDateTime(p.proposedAt)} 提出{p.mine && "（本人提出，须由另一名管理员批准）"}</p>
          <div className="mt-2 flex flex-wrap gap-4">
            {!p.mine && approve && (
              <PostForm action={approve} submitLabel="批准" className="flex gap-2">
                <input type="hidden" name="proposalId" value={p.id} />
              </PostForm>
            )}
            {!p.mine && reject && (
              <PostForm action={reject} submitLabel="驳回" className="flex flex-wrap gap-2">
                <input type="hidden" name="proposalId" value={p.id} />
                <label className="flex items-center gap-1">驳回理由<input name="note" className={field} /></label>
              </PostForm>
            )}
            {p.mine && withdraw && (
              <PostForm action={withdraw} submitLabel="撤回" className="flex gap-2">
                <input type="hidden" name="proposalId" value={p.id} />
              </PostForm>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
