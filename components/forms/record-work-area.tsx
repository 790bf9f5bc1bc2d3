import Link from "next/link";
import { ArticleView } from "@/components/public/article-view";
import type { ArticleViewData } from "@/lib/content/preview";
import { clientDefinition } from "@/lib/form-engine/client-definition";
import type { Lookups } from "@/lib/form-engine/present";
import type { FormData } from "@/lib/form-engine/types";
import type { recordView } from "@/lib/form-engine/view";
import { RecordDetail } from "./record-detail";
import { RecordForm } from "./record-form";
import { RecordTimeline } from "./record-timeline";

type View = NonNullable<Awaited<ReturnType<typeof recordView>>>;

/**
 * The part every record page shares. Someone who may edit the content now gets the form;
 * everyone else gets the read-only view (with the item as the site will show it, when the
 * form publishes), with their actions on top. 办理记录 comes last.
 */
export function RecordWorkArea({ view, data, lookups, doneHref, back, preview }: { view: View; data: FormData; lookups: Lookups; doneHref?: string; back: { href: string; label: string }; preview?: ArticleViewData | null }) {
  const { def, record } = view;
  const signoffFields = new Set(def.signoffs.flatMap((b) => b.extraFields ?? []));
  const actions = def.actions.filter((a) => view.actionKeys.includes(a.key));
  const editing = actions.some((a) => a.edits?.some((k) => !signoffFields.has(k)));
  const editable = actions.flatMap((a) => a.edits ?? []);
  const form = (
    <RecordForm key={record.version} def={clientDefinition(def, view.actionKeys)} recordId={record.id} version={record.version} initialData={data} actionKeys={view.actionKeys} columns={view.columns} sections={view.sections} columnTree={view.columnTree} doneHref={doneHref} />
  );
  const previewBlock = preview ? (
    <div data-testid="article-preview" className="rounded border border-dashed border-slate-400 bg-slate-50 p-2 sm:p-4">
      <ArticleView {...preview} />
    </div>
  ) : null;
  return (
    <>
      {editing ? (
        <section className="rounded bg-white p-4 shadow-sm" aria-labelledby="act-h">
          <h2 id="act-h" className="mb-3 text-lg font-bold">填写与办理</h2>
          {form}
        </section>
      ) : actions.length > 0 ? (
        <section className="rounded bg-white p-4 shadow-sm" aria-labelledby="act-h">
          <h2 id="act-h" className="mb-3 text-lg font-bold">办理</h2>
          {form}
        </section>
      ) : null}
      {previewBlock && editing ? (
        <details className="rounded bg-white p-4 shadow-sm">
          <summary className="cursor-pointer font-bold">预览（已保存的内容在网站上的样子）</summary>
          <div className="mt-3">{previewBlock}</div>
        </details>
      ) : previewBlock ? (
        <section className="rounded bg-white p-4 shadow-sm" aria-labelledby="preview-h">
          <h2 id="preview-h" className="mb-1 text-lg font-bold">预览</h2>
          <p className="mb-3 text-sm text-slate-600">发布后在网站上的样子（与网站文章页相同）。</p>
          {previewBlock}
        </section>
      ) : null}
      {/* Beside the form, what it does not edit (a letter's content, earlier sign-offs) stays readable. */}
      <section className="rounded bg-white p-4 shadow-sm" aria-labelledby="detail-h">
        <h2 id="detail-h" className="mb-3 text-lg font-bold">{editing ? "其他内容" : def.title}</h2>
        <RecordDetail def={def} data={data} events={record.events} lookups={lookups} richTextShownAbove={!!preview && !editing} omit={editing ? editable : []} />
      </section>
      <section className="rounded bg-white p-4 shadow-sm">
        <RecordTimeline def={def} events={record.events} />
      </section>
      <p><Link href={back.href} className="text-brand underline">{back.label}</Link></p>
    </>
  );
}
