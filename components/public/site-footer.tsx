import Link from "next/link";
import { SITE } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t-4 border-accent bg-slate-800 text-sm text-slate-200">
      <div className="mx-auto grid max-w-6xl gap-2 px-4 py-6 sm:grid-cols-2">
        <p>主办单位：{SITE.sponsor}</p>
        <p>承办单位：{SITE.organiser}</p>
        <p>地址：{SITE.address}</p>
        <p>联系电话：{SITE.phone}</p>
        <p>网站标识码：{SITE.siteCode}</p>
        <p>ICP备案号：{SITE.icp}</p>
        <p>公安机关备案号：{SITE.police}</p>
        <p>
          <Link href={SITE.correctionUrl} className="underline">我要纠错</Link>
          <span aria-hidden="true"> · </span>
          <Link href="/login" className="underline">工作人员登录</Link>
        </p>
      </div>
    </footer>
  );
}
