import type { documentDisplay } from "@/lib/content/document-meta";

/** 文件信息 on a document's public page; a repealed or expired document says so first, in red. */
export function DocumentInfo({ document: d }: { document: NonNullable<ReturnType<typeof documentDisplay>> }) {
  return (
    <>
      {d.banner && (
        <p role="note" data-testid="document-banner" className="mt-4 rounded border-2 border-red-700 bg-red-50 p-3 text-center text-lg font-bold text-red-800">
          {d.banner}
        </p>
      )}
      <dl className="mt-4 grid grid-cols-[6em_1fr] gap-y-1 rounded border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="document-info">
        <dt className="text-slate-600">文件类型</dt>
        <dd>{d.type}</dd>
        {d.number && <><dt className="text-slate-600">文号</dt><dd>{d.number}</dd></>}
        {d.date && <><dt className="text-slate-600">成文日期</dt><dd>{d.date}</dd></>}
        <dt className="text-slate-600">有效性</dt>
        <dd className={d.banner ? "font-bold text-red-800" : undefined}>{d.validity}</dd>
      </dl>
    </>
  );
}
