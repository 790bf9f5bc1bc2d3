import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/staff/login-form";
import { getActor } from "@/lib/auth/session";
import { SITE } from "@/lib/site";

export const metadata = { title: "工作人员登录" };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

// Only same-site paths, so that the login page cannot be used to send people elsewhere.
function safeReturn(url: string | undefined): string {
  return url && url.startsWith("/") && !url.startsWith("//") ? url : "/staff";
}

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  const returnTo = safeReturn(callbackUrl);
  if (await getActor()) redirect(returnTo);
  return (
    <main id="main" className="flex min-h-screen items-center justify-center bg-slate-100 px-4">
      <div className="w-full max-w-sm rounded bg-white p-6 shadow">
        <h1 className="mb-1 text-xl font-bold text-brand">{SITE.name}</h1>
        <p className="mb-6 text-slate-600">网站工作平台 · 工作人员登录</p>
        <LoginForm callbackUrl={returnTo} initialError={error ? "登录失败，请重新输入用户名和密码。" : undefined} />
        <p className="mt-6 text-center text-sm"><Link href="/" className="text-brand underline">返回网站首页</Link></p>
      </div>
    </main>
  );
}
