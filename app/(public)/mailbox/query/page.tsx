import { Breadcrumb } from "@/components/public/breadcrumb";
import { QueryForm } from "./query-form";

export const metadata = { title: "来信查询", description: "凭查询码和联系电话后4位查询来信的办理情况和答复。" };

export default function MailboxQueryPage() {
  return (
    <div>
      <Breadcrumb items={[{ label: "领导信箱 · 公众意见箱", href: "/mailbox" }, { label: "来信查询" }]} />
      <div className="rounded bg-white p-6 shadow-sm">
        <h1 className="mb-4 text-2xl font-bold">来信查询</h1>
        <p className="mb-4 text-slate-700">请输入提交信件时得到的查询码和您填写的联系电话的后4位。</p>
        <QueryForm />
      </div>
    </div>
  );
}
