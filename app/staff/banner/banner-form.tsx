"use client";

import { useActionState } from "react";
import { saveBanner, type BannerFormState } from "./actions";

export function BannerForm({ initial }: { initial: BannerFormState["values"] }) {
  const [state, action, pending] = useActionState(saveBanner, { ok: true, message: "", values: initial });
  const v = state.values;
  return (
    <form action={action} className="grid max-w-2xl gap-4">
      <div className="flex items-center gap-2">
        <input id="banner-active" name="active" type="checkbox" defaultChecked={v.active} key={`a${v.active}`} className="h-5 w-5" />
        <label htmlFor="banner-active" className="font-medium">开启紧急公告</label>
      </div>
      <div className="grid gap-1">
        <label htmlFor="banner-message" className="font-medium">公告内容</label>
        <textarea id="banner-message" name="message" defaultValue={v.message} key={`m${v.message}`} rows={3} maxLength={200} className="rounded border border-slate-400 px-3 py-2" />
      </div>
      <div className="grid gap-1">
        <label htmlFor="banner-link" className="font-medium">详情链接（可选）</label>
        <input id="banner-link" name="linkUrl" defaultValue={v.linkUrl} key={`l${v.linkUrl}`} className="rounded border border-slate-400 px-3 py-2" placeholder="/articles/123 或 https://…" />
      </div>
      <div>
        <button type="submit" disabled={pending} className="rounded bg-brand px-5 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60">保存</button>
      </div>
      {state.message && (
        <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-green-800" : "text-accent"}>{state.message}</p>
      )}
    </form>
  );
}
