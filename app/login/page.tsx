import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/staff/login-form";
import { getActor } from "@/lib/auth/session";
import { safeSameSitePath } from "@/lib/security/safe-url";
import { SITE } from "@/lib/site";
import { loginAction } from "./actions";

export const metadata = { title: "工作人员登录" };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  // Only same-site paths, so that the login page cannot send anyone elsewhere.
  const returnTo = safeSameSitePath(callbackUrl) ?? "/staff";
  if (await getActor()) redirect(returnTo);
  return (
    <main id="main" className="flex min-h-screen items-center justify-center bg-slate-100 px-4">
      <div className="w-full max-w-sm rounded bg-white p-6 shadow">
        <h1 className="mb-1 text-xl font-bold text-brand">{SITE.name}</h1>
        <p className="mb-6 text-slate-600">网站工作平台 · 工作人员登录</p>
        <LoginForm action={loginAction} callbackUrl={returnTo} initialError={error ? "登录失败，请重新输入用户名和密码。" : undefined} />
        <p className="mt-6 text-center text-sm"><Link href="/" className="text-brand underline">返回网站首页</Link></p>
      </div>
    </main>
  );
}
