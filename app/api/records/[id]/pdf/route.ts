import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { loadLookups } from "@/lib/form-engine/lookups";
import { renderPrintablePdf } from "@/lib/form-engine/pdf/render";
import { toPrintableDocument } from "@/lib/form-engine/printable";
import type { FormData } from "@/lib/form-engine/types";
import { recordView } from "@/lib/form-engine/view";
import { personalDataView } from "@/lib/form-engine/personal";
import { factsOf } from "@/lib/form-engine/records";
import { clientIpFromHeaders } from "@/lib/security/client-ip";

export const runtime = "nodejs";

/** The printed approval form; whoever may not see the record gets the same 404 as for none. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const view = actor ? await recordView(getDb(), actor, id) : null;
  if (!view || !view.def.print) return new Response("未找到该事项，或您无权查看。", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const rec = { def: view.def, recordId: view.record.id, facts: factsOf(view.def, view.record), data: view.record.data as FormData };
  const { data } = await personalDataView(getDb(), actor!, rec, { ip: clientIpFromHeaders(req.headers), purpose: "print" });
  const doc = toPrintableDocument(view.def, { data, events: view.record.events }, await loadLookups(getDb()));
  const pdf = await renderPrintablePdf(doc);
  const filename = encodeURIComponent(`${view.def.title}-${view.record.title}.pdf`);
  return new Response(new Uint8Array(pdf), {
    headers: { "content-type": "application/pdf", "content-disposition": `inline; filename*=UTF-8''${filename}`, "cache-control": "private, no-store" },
  });
}
