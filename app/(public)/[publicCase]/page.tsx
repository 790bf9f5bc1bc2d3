// The build collects this route's params before any server starts (instrumentation.ts does not
// run then), so the definitions are registered here too; registering is idempotent.
import "@/forms/server";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { PublicStartForm } from "@/components/public/public-start-form";
import { newChallenge } from "@/lib/form-engine/public/challenge";
import { publicDefinitionBySlug, publicDefinitions, startFields } from "@/lib/form-engine/public/registry";
import { emptyData } from "@/lib/form-engine/schema";
import { startCaseAction } from "./actions";

// One route for every definition's public start page (/mailbox, /disclosure, ...): the paths
// come from the registered definitions, and any other path is a plain 404, never rendered or
// cached per path. The page is rendered per request: each visitor gets a fresh single-use
// question and idempotency key in the HTML, so the form works without JavaScript.
export const dynamicParams = false;

export function generateStaticParams() {
  return publicDefinitions().map((d) => ({ publicCase: d.public.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ publicCase: string }> }) {
  const def = publicDefinitionBySlug((await params).publicCase);
  return def ? { title: def.public.title, description: def.public.intro?.[0] } : {};
}

export default async function PublicStartPage({ params, searchParams }: { params: Promise<{ publicCase: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const def = publicDefinitionBySlug((await params).publicCase);
  if (!def) notFound();
  const query = await searchParams;
  const p = def.public;
  const fields = startFields(def);
  const blank = emptyData(def, "");
  const values: Record<string, string> = Object.fromEntries(fields.map((f) => [f.key, typeof blank[f.key] === "string" ? (blank[f.key] as string) : ""]));
  for (const k of p.prefill ?? []) {
    const f = fields.find((x) => x.key === k);
    const v = query[k];
    if (f?.type === "choice" && typeof v === "string" && f.options.some((o) => o.value === v)) values[k] = v;
  }
  const start = def.actions.find((a) => a.key === p.start)!;
  return (
    <div>
      <Breadcrumb items={[{ label: p.title }]} />
      <div className="rounded bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold">{p.title}</h1>
        {(p.intro ?? []).map((t) => <p key={t} className="mt-4 leading-8">{t}</p>)}
        <nav aria-label="相关链接" className="my-4 flex flex-wrap gap-3">
          {(p.links ?? [{ label: "查询办理情况", href: `/${p.slug}/query` }]).map((l) => (
            <Link key={l.href} href={l.href} className="rounded border border-brand px-4 py-2 text-brand">{l.label}</Link>
          ))}
        </nav>
        {p.notice ? <p className="mb-4 text-sm text-slate-600">{p.notice}</p> : null}
        <PublicStartForm
          formKey={def.key} fields={fields} honeypot={p.protect.honeypot} receipt={p.receipt} submitLabel={start.label}
          queryHref={`/${p.slug}/query`} action={startCaseAction}
          initial={{ status: "form", n: 0, values, idempotencyKey: randomUUID(), challenge: p.protect.challenge ? newChallenge() : null }}
        />
      </div>
    </div>
  );
}
