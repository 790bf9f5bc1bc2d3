import { auditFilterSchema, exportAuditCsv } from "@/lib/audit/query";
import { recordAuditNow } from "@/lib/audit/record";
import { FORBIDDEN_MESSAGE, can } from "@/lib/auth/can";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response("请先登录。", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (!can(actor, "audit.read")) return new Response(FORBIDDEN_MESSAGE, { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  const filter = auditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  const csv = await exportAuditCsv(db, actor, filter);
  // Exporting the trail is itself recorded.
  await recordAuditNow(db, { actorId: actor.id, actorName: actor.username, action: "audit.export", objectType: "audit_events", detail: { filter: { ...filter } } });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="audit-${stamp}.csv"`, "cache-control": "no-store" },
  });
}
