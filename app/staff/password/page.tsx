import Link from "next/link";
import { ActionForm } from "@/components/staff/action-form";
import { getSessionState, PASSWORD_PAGE, requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getPolicy } from "@/lib/security/policy";
import { changePasswordAction } from "./actions";

export const metadata = { title: "修改密码" };

const field = "rounded border border-slate-400 px-3 py-2";

export default async function PasswordPage() {
  await requireActor(PASSWORD_PAGE);
  const state = await getSessionState();
  const policy = await getPolicy(getDb());
  return (
    <section aria-labelledby="pw" className="max-w-md rounded bg-white p-4 shadow-sm">
      <h1 id="pw" className="mb-2 text-xl font-bold">修改密码</h1>
      {state?.passwordChange === "temporary" && <p role="alert" className="mb-3 text-accent">您正在使用临时密码，请先设置新密码再继续使用工作平台。</p>}
      {state?.passwordChange === "expired" && <p role="alert" className="mb-3 text-accent">您的密码已超过{policy.passwordMaxAgeDays}天有效期，请设置新密码。</p>}
      <p className="mb-4 text-sm text-slate-600">
        新密码至少{policy.passwordMinLength}位，包含大写字母、小写字母、数字、符号中的至少{policy.passwordMinClasses}类，有效期{policy.passwordMaxAgeDays}天。
      </p>
      <ActionForm action={changePasswordAction} submitLabel="修改密码" resetOnSuccess>
        <label className="grid gap-1">当前密码<input name="current" type="password" autoComplete="current-password" required className={field} /></label>
        <label className="grid gap-1">新密码<input name="next" type="password" autoComplete="new-password" required className={field} /></label>
        <label className="grid gap-1">确认新密码<input name="confirm" type="password" autoComplete="new-password" required className={field} /></label>
      </ActionForm>
      <p className="mt-4 text-sm"><Link href="/staff" className="text-brand underline">返回我的工作台</Link></p>
    </section>
  );
}
