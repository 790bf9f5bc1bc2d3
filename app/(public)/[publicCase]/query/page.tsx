// The build collects this route's params before any server starts (instrumentation.ts does not
// run then), so the definitions are registered here too; registering is idempotent.
import "@/forms/server";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { CaseLookup } from "@/components/public/case-lookup";
import { publicDefinitionBySlug, publicDefinitions } from "@/lib/form-engine/public/registry";
import { lookupCaseAction } from "../actions";

// The follow-up page of every definition with a public block (/mailbox/query, /disclosure/query).
// Static: the lookup is a POST to a server action; nothing secret is in the URL or the page.
export const dynamicParams = false;

export function generateStaticParams() {
  return publicDefinitions().map((d) => ({ publicCase: d.public.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ publicCase: string }> }) {
  const def = publicDefinitionBySlug((await params).publicCase);
  return def ? { title: def.public.lookup.title, description: def.public.lookup.intro } : {};
}

export default async function CaseQueryPage({ params }: { params: Promise<{ publicCase: string }> }) {
  const def = publicDefinitionBySlug((await params).publicCase);
  if (!def) notFound();
  const p = def.public;
  return (
    <div>
      <Breadcrumb items={[{ label: p.title, href: `/${p.slug}` }, { label: p.lookup.title }]} />
      <div className="rounded bg-white p-6 shadow-sm">
        <h1 className="mb-4 text-2xl font-bold">{p.lookup.title}</h1>
        {p.lookup.intro ? <p className="mb-4 text-slate-700">{p.lookup.intro}</p> : null}
        <CaseLookup formKey={def.key} letterAction={def.letter ? `/${p.slug}/query/letter` : undefined} letterTitle={def.letter?.title} factorLabel={p.lookup.secondFactor.label} factorDigits={p.lookup.secondFactor.digits} action={lookupCaseAction} />
      </div>
    </div>
  );
}
