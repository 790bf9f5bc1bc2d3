// The one server-side path for every state change of every form record.
import type { Actor } from "@/lib/auth/login";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { actingParty, assertCan, canView, partyId, type RecordFacts } from "./authorize";
import { contentHash } from "./content-hash";
import { loadConditionContext } from "./condition-context";
import { findAction, nextState, type ConditionContext } from "./define";
import { FieldErrors, NOT_FOUND, STALE } from "./errors";
import { checkFileOwnership, keptFilesOf } from "./file-ownership";
import { registeredGuards } from "./guards";
import { effectsOf, getForm } from "./registry";
import { responsibleColumns } from "./options";
import { factsOf, loadRecord, signedParties } from "./records";
import { buildSchema, emptyData, withoutHidden } from "./schema";
import { caseContext, checkCaseRules, writeCaseRows } from "./case-rules";
import { applyComputations } from "./computations";
import { refusalOf } from "./refusal";
import { checkReportingSections } from "./section-check";
import { applySets } from "./sets";
import { sanitizeRichText } from "@/lib/content/sanitize";
import { todayInBeijing } from "@/lib/time/beijing";
import type { FormData, FormDefinition, TransitionContext } from "./types";

export interface TransitionInput {
  formKey: string;
  /** Absent when the action creates the record. */
  recordId?: string | null;
  action: string;
  /** The version the user's page showed; a different stored version is a conflict. */
  version?: number | null;
  data?: unknown;
  opinion?: string | null;
}

/**
 * Set only by the public entries (lib/form-engine/public/), never from a request: the staff
 * path calls transition without it, so public and citizen steps are refused there.
 */
export interface EntryOptions {
  /** "public": a start through the definition's public page; "citizen": the looked-up case's citizen;
   * "system": a due automatic action (ActionDef.auto) taken by the sweeper. */
  entry: "public" | "citizen" | "system";
  /** For "citizen": the one case the lookup reached. */
  caseId?: string;
  /** Runs in the transaction right after the record is written (the public case row). */
  inTransaction?: (tx: Prisma.TransactionClient, recordId: string) => Promise<void>;
}

/** Who an automatic action is recorded as in the events and the audit trail. */
export const SYSTEM_ACTOR = "系统（到期自动办理）";

export interface TransitionResult {
  recordId: string;
  state: string;
  version: number;
}

// Concurrent steps queue on row locks (the record, the number counter, the audit chain) while
// holding a pooled connection; let a burst wait for a connection instead of failing at 2 s.
const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

/** The stored data with only the fields this step may edit taken from the input. */
function mergeEdits(def: FormDefinition, stored: FormData, input: unknown, edits: string[], conditions: ConditionContext): FormData {
  const given = input && typeof input === "object" ? (input as Record<string, unknown>) : {};
  const merged: FormData = { ...stored };
  for (const k of edits) if (k in given) merged[k] = given[k] as FormData[string];
  for (const f of def.fields) {
    if (f.type === "richText" && typeof merged[f.key] === "string") merged[f.key] = sanitizeRichText(merged[f.key] as string);
  }
  return withoutHidden(def, merged, conditions);
}

function validate(def: FormDefinition, data: FormData, mode: "partial" | "full", conditions: ConditionContext): FormData {
  const r = buildSchema(def, mode, conditions).safeParse(data);
  if (r.success) return data;
  const fields: Record<string, string> = {};
  for (const issue of r.error.issues) {
    const k = String(issue.path[0] ?? "_");
    fields[k] ??= issue.message;
  }
  throw new FieldErrors(fields);
}

async function checkColumns(db: Db, def: FormDefinition, data: FormData, sectionId: string, edits: string[]) {
  for (const f of def.fields) {
    if (f.type !== "column" || !f.responsibleOnly || !edits.includes(f.key) || !data[f.key]) continue;
    const allowed = await responsibleColumns(db, sectionId);
    if (!allowed.some((c) => c.id === data[f.key]))
      throw new FieldErrors({ [f.key]: "只能选择本科室负责的栏目（第十条），请重新选择。" });
  }
}

export async function transition(db: Db, actor: Actor | null, input: TransitionInput, via?: EntryOptions): Promise<TransitionResult> {
  const def = getForm(input.formKey);
  if (!def) throw NOT_FOUND();
  const action = findAction(def, input.action);

  const existing = input.recordId ? await loadRecord(db, input.recordId) : null;
  if (input.recordId && (!existing || existing.formKey !== def.key)) throw NOT_FOUND();
  let facts: RecordFacts;
  let stored: FormData;
  const ownCase = !actor && via?.entry === "citizen" && !!existing && via.caseId === existing.id;
  const system = !actor && via?.entry === "system" && !!existing;
  if (existing) {
    facts = factsOf(def, existing);
    if (!ownCase && !system && !canView(def, actor, facts)) throw NOT_FOUND();
    if (ownCase) facts.entry = "citizen";
    if (system) facts.entry = "system";
    stored = existing.data as FormData;
  } else {
    // A record is created in its creator's section; a member of the public creates one without.
    const section = actor ? await db.section.findUnique({ where: { id: actor.sectionId }, select: { overseerId: true, name: true } }) : null;
    facts = { state: "new", sectionId: actor?.sectionId ?? null, overseerId: section?.overseerId ?? null, data: {}, signedParties: [], entry: !actor && via?.entry === "public" ? "public" : undefined };
    stored = emptyData(def, todayInBeijing());
    for (const f of def.fields) {
      if (f.type === "actorName" && actor) stored[f.key] = actor.displayName;
      if (f.type === "actorSection" && actor) stored[f.key] = section?.name ?? actor.sectionName;
    }
  }
  facts.data = stored;
  // A stale page hears "changed by someone else" first, even if the step is no longer possible.
  if (existing && input.version !== existing.version) throw STALE();
  assertCan(def, actor, input.action, facts);
  if (!action) throw new AppError("forbidden", "无权操作。"); // unreachable: assertCan refused
  const actorId = actor?.id ?? null;
  const actorName = actor?.displayName ?? (ownCase ? "申请人" : system ? SYSTEM_ACTOR : "公众");

  // An approval left blank records the step's customary wording (e.g. 已核，呈报局领导审批。).
  const opinion = (input.opinion ?? "").trim() || (action.opinion && action.opinion !== "none" ? (action.defaultOpinion ?? null) : null);
  if (action.opinion === "required" && !opinion) throw new FieldErrors({ opinion: `请填写${action.label}的意见或理由。` });
  if (opinion && opinion.length > 1000) throw new FieldErrors({ opinion: "意见不能超过1000个字。" });

  const conditions = await loadConditionContext(db);
  const merged = applySets(action, action.edits ? mergeEdits(def, stored, input.data, action.edits, conditions) : stored, conditions);
  // Art. 17: a refused value stops every step before anything typed is written; only the attempt is audited.
  const refused = refusalOf(def.fields, merged);
  if (refused) {
    await db.$transaction((tx) => recordAudit(tx, {
      actorId, actorName, action: "form.refused", objectType: "form_record", objectId: existing?.id ?? null,
      detail: { formKey: def.key, action: action.key, field: refused.field },
    }));
    throw new FieldErrors({ [refused.field]: refused.message });
  }
  const computed = await applyComputations(db, action, merged, { formKey: def.key, recordId: existing?.id ?? null, now: new Date() });
  const data = validate(def, computed, action.validate ?? "full", conditions);
  if (facts.sectionId) await checkColumns(db, def, data, facts.sectionId, action.edits ?? []);
  await checkReportingSections(db, def, data, facts.sectionId, action.edits ?? []);
  await checkFileOwnership(db, def, data, keptFilesOf(stored), actorId);

  const party = actingParty(action, actor, facts);
  let toState = nextState(action, data);
  if (action.signing === "all" && party) {
    const signed = new Set([...facts.signedParties, partyId(party)]);
    if (!action.by.every((p) => signed.has(partyId(p)))) toState = facts.state;
  }
  const cc = await caseContext(db, def, existing);
  const ctx: TransitionContext = {
    formKey: def.key, recordId: existing?.id ?? null, action: action.key, fromState: facts.state, toState, data, opinion,
    actor: actor && { id: actor.id, username: actor.username, displayName: actor.displayName, sectionId: actor.sectionId, roles: actor.roles },
    events: cc.events, clocks: cc.clocks, now: cc.now,
  };
  checkCaseRules(def, action, data, cc);
  for (const g of [...(action.guards ?? []), ...registeredGuards(def.key, action.key)]) await g(ctx);

  const json = data as Prisma.InputJsonValue;
  const seqNext = (existing?.events.at(-1)?.seq ?? 0) + 1;
  const partyKey = party ? partyId(party) : null;
  // Kept on the record with the event it follows from, for the lists (record-where.ts).
  const signedAfter = signedParties(def, toState, [...(existing?.events ?? []), { seq: seqNext, action: action.key, fromState: existing ? facts.state : null, toState, actorName, opinion, createdAt: new Date(), detail: { party: partyKey } }]);
  const title = def.titleOf(data);
  const result = await db.$transaction(async (tx) => {
    let recordId: string;
    let version: number;
    let seq: number;
    if (existing) {
      // The version check and the write are one statement: of two concurrent steps, one wins.
      const n = await tx.$executeRaw`UPDATE form_records SET state = ${toState}, data = ${JSON.stringify(data)}::jsonb, title = ${title},
        version = version + 1, "updatedAt" = now(), "signedParties" = ${signedAfter}::text[] WHERE id = ${existing.id} AND version = ${existing.version}`;
      if (n !== 1) throw STALE();
      recordId = existing.id;
      version = existing.version + 1;
      seq = seqNext;
    } else {
      const rec = await tx.formRecord.create({ data: { formKey: def.key, state: toState, sectionId: facts.sectionId, createdById: actorId, data: json, title, signedParties: signedAfter } });
      recordId = rec.id;
      version = rec.version;
      seq = 1;
    }
    await via?.inTransaction?.(tx, recordId);
    const event = await tx.formEvent.create({
      data: {
        recordId, seq, action: action.key, fromState: existing ? facts.state : null, toState,
        actorId, actorName, opinion, contentHash: contentHash(data),
        detail: { label: action.label, party: partyKey, username: actor?.username ?? null },
      },
    });
    await writeCaseRows(tx, def, action, { recordId, state: toState, data, events: [...(existing?.events ?? []), event] }, cc);
    await recordAudit(tx, {
      actorId, actorName, action: "form.transition", objectType: "form_record", objectId: recordId,
      detail: { formKey: def.key, action: action.key, from: facts.state, to: toState },
    });
    for (const e of effectsOf(action)) await e.inTransaction?.(tx, { ...ctx, recordId });
    return { recordId, state: toState, version };
  }, TX_OPTIONS);

  for (const e of effectsOf(action)) {
    try {
      await e.afterCommit?.({ ...ctx, recordId: result.recordId });
    } catch (err) {
      console.error(`effect ${e.name} failed after commit for record ${result.recordId}`, err);
    }
  }
  return result;
}

/** What the record page and the matrix test use: may this actor take this action now? */
export async function canAct(db: Db, actor: Actor | null, recordId: string, actionKey: string): Promise<boolean> {
  const r = await loadRecord(db, recordId);
  const def = r && getForm(r.formKey);
  if (!r || !def) return false;
  const facts = factsOf(def, r);
  if (!canView(def, actor, facts)) return false;
  try {
    assertCan(def, actor, actionKey, facts);
    return true;
  } catch {
    return false;
  }
}

export { signedParties };
