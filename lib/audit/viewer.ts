// One page of the audit trail as the viewer shows it: each event with its Chinese description
// and the title of its object, looked up in one query per kind of object.
import type { Actor } from "@/lib/auth/login";
import type { Db } from "@/lib/db/client";
import { describeAuditAction, describeAuditObject } from "./describe";
import { listAuditEvents, type AuditFilter } from "./query";

export async function auditViewerPage(db: Db, actor: Actor, filter: AuditFilter) {
  const { total, events } = await listAuditEvents(db, actor, filter);
  const ids = (type: string) => [...new Set(events.filter((e) => e.objectType === type && e.objectId).map((e) => e.objectId!))];
  const [records, accounts] = await Promise.all([
    db.formRecord.findMany({ where: { id: { in: ids("form_record") } }, select: { id: true, title: true } }),
    db.account.findMany({ where: { id: { in: ids("account") } }, select: { id: true, username: true, displayName: true } }),
  ]);
  const titles = new Map<string, string>([
    ...records.map((r) => [`form_record:${r.id}`, r.title] as const),
    ...accounts.map((a) => [`account:${a.id}`, `${a.displayName}（${a.username}）`] as const),
  ]);
  return {
    total,
    rows: events.map((e) => ({
      ...e,
      what: describeAuditAction(e.action, e.detail),
      object: describeAuditObject(e.objectType, e.objectId, titles.get(`${e.objectType}:${e.objectId}`), e.detail),
    })),
  };
}
