import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { composeLetter, letterFileName, letterOpen } from "@/lib/form-engine/letters/compose";
import { loadLookups } from "@/lib/form-engine/lookups";
import { renderLetterPdf } from "@/lib/form-engine/pdf/letter";
import { personalDataView } from "@/lib/form-engine/personal";
import { factsOf } from "@/lib/form-engine/records";
import type { FormData } from "@/lib/form-engine/types";
import { recordView } from "@/lib/form-engine/view";
import { clientIpFromHeaders } from "@/lib/security/client-ip";

export const runtime = "nodejs";

const notFound = () => new Response("未找到该事项的告知书，或您无权查看。", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/** The case's letter (告知书) for staff who may see the record, once the definition opens it to staff. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const view = actor ? await recordView(getDb(), actor, id) : null;
  if (!view || !letterOpen(view.def, view.record.state, "staff")) return notFound();
  const { def, record } = view;
  // The letter names the applicant: printing it is a view of personal data, audited (masked for those not handling the case).
  const { data } = await personalDataView(getDb(), actor!, { def, recordId: record.id, facts: factsOf(def, record), data: record.data as FormData }, { ip: clientIpFromHeaders(req.headers), purpose: "print" });
  const doc = composeLetter(def, { state: record.state, data, events: record.events, registrationNumber: record.registrationNumber }, await loadLookups(getDb()));
  return new Response(new Uint8Array(await renderLetterPdf(doc)), {
    headers: { "content-type": "application/pdf", "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(letterFileName(doc))}`, "cache-control": "private, no-store" },
  });
}
