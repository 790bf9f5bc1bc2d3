import { PostForm } from "@/components/staff/post-form";
import { ProposalList } from "@/components/staff/proposal-list";
import { listPendingProposals } from "@/lib/auth/admin-proposals";
import { can } from "@/lib/auth/can";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";
import type { Role } from "@/lib/generated/prisma/enums";
import { Forbidden } from "@/components/staff/forbidden";
import { createAccountAction, resetPasswordAction, setDisabledAction, setRolesAction, transferPublisherAction, unlockAction, withdrawProposalAction } from "./actions";

export const metadata = { title: "账号管理" };

const field = "rounded border border-slate-400 px-2 py-1";

export default async function AdminPage() {
  const actor = await requireActor("/staff/admin");
  if (!can(actor, "account.manage")) return <Forbidden />;
  const db = getDb();
  const [sections, accounts, proposals] = await Promise.all([
    db.section.findMany({ orderBy: [{ kind: "asc" }, { sortOrder: "asc" }] }),
    db.account.findMany({ orderBy: [{ sectionId: "asc" }, { username: "asc" }], include: { section: { select: { name: true } } } }),
    listPendingProposals(db, actor),
  ]);
  const now = new Date();
  return (
    <div className="grid gap-6">
      <section aria-labelledby="proposals" className="rounded bg-white p-4 shadow-sm">
        <h2 id="proposals" className="mb-2 text-lg font-bold">待批准的管理员账号变更</h2>
        <p className="mb-3 text-sm text-slate-600">三员分立：新建、重置密码、停用、启用或更改角色涉及系统管理员、安全管理员或安全审计员账号时，提交后须由安全管理员在“管理员变更审批”中批准才生效；每个管理员角色只有一个账号。</p>
        <ProposalList proposals={proposals} withdraw={withdrawProposalAction} />
      </section>
      <section aria-labelledby="accounts" className="rounded bg-white p-4 shadow-sm">
        <h1 id="accounts" className="mb-3 text-xl font-bold">账号管理</h1>
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b text-left">
                <th className="p-2">用户名</th><th className="p-2">姓名</th><th className="p-2">科室/单位</th><th className="p-2">角色</th><th className="p-2">状态</th><th className="p-2">操作</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => {
                const locked = a.lockedUntil !== null && a.lockedUntil > now;
                const colleagues = accounts.filter((b) => b.sectionId === a.sectionId && b.id !== a.id && !b.disabled);
                return (
                  <tr key={a.id} className="border-b align-top" data-testid={`account-${a.username}`}>
                    <td className="p-2 font-mono">{a.username}</td>
                    <td className="p-2">{a.displayName}</td>
                    <td className="p-2">{a.section.name}</td>
                    <td className="p-2">{a.roles.map((r) => ROLE_LABELS[r]).join("、")}</td>
                    <td className="p-2">
                      {a.disabled ? "已停用" : locked ? `已锁定至 ${formatDateTime(a.lockedUntil!)}` : "正常"}
                      {a.mustChangePassword && <span className="block text-slate-500">待修改临时密码</span>}
                    </td>
                    <td className="grid gap-2 p-2">
                      {locked && (
                        <PostForm action={unlockAction} submitLabel="解锁" className="flex gap-2">
                          <input type="hidden" name="accountId" value={a.id} />
                        </PostForm>
                      )}
                      {a.id !== actor.id && (
                        <PostForm action={setDisabledAction} submitLabel={a.disabled ? "启用" : "停用"} className="flex gap-2">
                          <input type="hidden" name="accountId" value={a.id} />
                          <input type="hidden" name="disabled" value={String(!a.disabled)} />
                        </PostForm>
                      )}
                      <PostForm action={resetPasswordAction} submitLabel="重置密码" className="flex flex-wrap gap-2">
                        <input type="hidden" name="accountId" value={a.id} />
                        <label className="sr-only" htmlFor={`tmp-${a.id}`}>临时密码</label>
                        <input id={`tmp-${a.id}`} name="tempPassword" type="text" autoComplete="off" placeholder="临时密码" required className={`${field} w-32`} />
                      </PostForm>
                      {a.roles.includes("publisher") && colleagues.length > 0 && (
                        <PostForm action={transferPublisherAction} submitLabel="移交发布账号" className="flex flex-wrap gap-2">
                          <input type="hidden" name="accountId" value={a.id} />
                          <label className="sr-only" htmlFor={`to-${a.id}`}>移交给</label>
                          <select id={`to-${a.id}`} name="toId" className={field}>
                            {colleagues.map((b) => <option key={b.id} value={b.id}>{b.displayName}（{b.username}）</option>)}
                          </select>
                        </PostForm>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="roles" className="rounded bg-white p-4 shadow-sm">
        <h2 id="roles" className="mb-3 text-lg font-bold">更改账号角色</h2>
        <p className="mb-3 text-sm text-slate-600">所选角色将替换该账号现有的全部角色。涉及系统管理员、安全管理员或安全审计员角色的更改须经另一名管理员批准。</p>
        <PostForm action={setRolesAction} submitLabel="更改角色">
          <label className="grid gap-1">账号
            <select name="accountId" className={field}>
              {accounts.map((a) => <option key={a.id} value={a.id}>{a.username}（{a.displayName}）</option>)}
            </select>
          </label>
          <fieldset className="grid gap-1">
            <legend>新角色</legend>
            <div className="flex flex-wrap gap-3">
              {(Object.keys(ROLE_LABELS) as Role[]).map((r) => (
                <label key={r} className="flex items-center gap-1"><input type="checkbox" name="roles" value={r} />{ROLE_LABELS[r]}</label>
              ))}
            </div>
          </fieldset>
        </PostForm>
      </section>
      <section aria-labelledby="new" className="rounded bg-white p-4 shadow-sm">
        <h2 id="new" className="mb-3 text-lg font-bold">新建账号</h2>
        <p className="mb-3 text-sm text-slate-600">每个局机关科室只有一个发布账号；县区卫生计生局和直属单位只设信息员（报送）账号；三个管理员角色不能兼任。</p>
        <PostForm action={createAccountAction} submitLabel="创建账号" resetOnSuccess>
          <label className="grid gap-1">用户名<input name="username" required className={field} /></label>
          <label className="grid gap-1">姓名<input name="displayName" required className={field} /></label>
          <label className="grid gap-1">所属科室或单位
            <select name="sectionId" className={field}>
              {sections.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </label>
          <fieldset className="grid gap-1">
            <legend>角色</legend>
            <div className="flex flex-wrap gap-3">
              {(Object.keys(ROLE_LABELS) as Role[]).map((r) => (
                <label key={r} className="flex items-center gap-1"><input type="checkbox" name="roles" value={r} />{ROLE_LABELS[r]}</label>
              ))}
            </div>
          </fieldset>
          <label className="grid gap-1">临时密码<input name="tempPassword" autoComplete="off" required className={field} /></label>
        </PostForm>
      </section>
    </div>
  );
}
