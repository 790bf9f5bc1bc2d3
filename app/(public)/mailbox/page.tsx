import { Breadcrumb } from "@/components/public/breadcrumb";

export const metadata = { title: "领导信箱 · 公众意见箱", description: "给局领导写信，或向本局提出意见和建议。" };

export default function MailboxPage() {
  return (
    <div>
      <Breadcrumb items={[{ label: "领导信箱 · 公众意见箱" }]} />
      <div className="rounded bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold">领导信箱 · 公众意见箱</h1>
        <p className="mt-4 leading-8">
          局办公室统一管理领导信箱和公众意见箱：能够答复的直接答复，不能直接答复的按职能分工转有关科室和单位承办，承办单位于15个工作日内答复。
        </p>
        <p className="mt-2 leading-8 text-slate-600">在线写信功能即将开通。</p>
      </div>
    </div>
  );
}
