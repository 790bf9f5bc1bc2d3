import Link from "next/link";
import { Suspense } from "react";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { LetterForm } from "./letter-form";

export const metadata = { title: "领导信箱 · 公众意见箱", description: "给局领导写信，或向本局提出意见和建议。" };

// Static: the box comes from ?box= in the browser, the challenge from a server action.
export default function MailboxPage() {
  return (
    <div>
      <Breadcrumb items={[{ label: "领导信箱 · 公众意见箱" }]} />
      <div className="rounded bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold">领导信箱 · 公众意见箱</h1>
        <p className="mt-4 leading-8">
          局办公室统一管理领导信箱和公众意见箱：能够答复的直接答复，不能直接答复的按职能分工转有关科室和单位承办，承办单位于15个工作日内答复。
        </p>
        <nav aria-label="选择信箱" className="my-4 flex flex-wrap gap-3">
          <Link href="/mailbox?box=leader" className="rounded border border-brand px-4 py-2 text-brand">写信给领导信箱</Link>
          <Link href="/mailbox?box=opinion" className="rounded border border-brand px-4 py-2 text-brand">写信给公众意见箱</Link>
          <Link href="/mailbox/query" className="px-2 py-2 text-brand underline">查询办理情况</Link>
          <Link href="/mailbox/letters" className="px-2 py-2 text-brand underline">信件公开</Link>
        </nav>
        <p className="mb-4 text-sm text-slate-600">带 * 的为必填项。您的姓名和联系方式仅供承办人员联系您，不会公开。</p>
        <Suspense fallback={<p>正在加载…</p>}>
          <LetterForm />
        </Suspense>
      </div>
    </div>
  );
}
