import Link from "next/link";
import { PasswordForm } from "@/components/staff/password-form";
import { getSessionState, PASSWORD_PAGE, requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getPolicy } from "@/lib/security/policy";
import { changePasswordAction } from "./actions";

export const metadata = { title: "修改密码" };

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
        新密码至少{policy.passwordMinLength}位，包含大写字母、小写字母、数字、符号中的至少{policy.passwordMinClasses}类，有效期{policy.passwordMaxAgeDays}天；不能使用常见弱密码，也不能与最近5次使用过的密码相同。
      </p>
      <PasswordForm action={changePasswordAction} />
      <p className="mt-4 text-sm"><Link href="/staff" className="text-brand underline">返回我的工作台</Link></p>
    </section>
  );
}
