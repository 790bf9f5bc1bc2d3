// A record one step creates for another definition, in that step's transaction (信息报送's 采用
// opens a publication approval draft). The new record's first action is judged by the same rules
// as the transition's: who may take it (authorize.ts), the Art. 17 refusal, the schema; and it is
// written with its event and audit entry, so it can never exist without the step that made it.
import type { Actor } from "@/lib/auth/login";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";
import { actingParty, assertCan, partyId } from "./authorize";
import { contentHash } from "./content-hash";
import { findAction, nextState } from "./define";
import { FieldErrors } from "./errors";
import { checkFileOwnership, keptFilesOf } from "./file-ownership";
import { creationFacts } from "./records";
import { refusalOf } from "./refusal";
import { buildSchema } from "./schema";
import type { FormData, FormDefinition, Json } from "./types";

type StepActor = Pick<Actor, "id" | "username" | "displayName" | "sectionId" | "roles">;

export interface DerivedRecord {
  def: FormDefinition;
  /** The creating action of `def` (from "new") the actor takes, e.g. 保存草稿. */
  action: string;
  sectionId: string;
  data: FormData;
  /** Shown in the new record's history, e.g. 采用榕城区卫生计生局报送的信息. */
  opinion: string;
  /** Kept with the event and the audit entry (e.g. the id of the record it came from). */
  detail: Record<string, Json>;
  /** The data of the record it is made from: files linked there may be copied (file-ownership.ts). */
  filesFrom?: FormData;
}

export async function createDerivedRecord(tx: Prisma.TransactionClient, actor: StepActor, r: DerivedRecord): Promise<string> {
  const action = findAction(r.def, r.action);
  if (!action || !action.from.includes("new")) throw new Error(`form ${r.def.key}: ${r.action} does not create a record`);
  const facts = { ...(await creationFacts(tx, { sectionId: r.sectionId })), data: r.data };
  assertCan(r.def, actor, action.key, facts);
  const refused = refusalOf(r.def.fields, r.data);
  if (refused) throw new FieldErrors({ [refused.field]: refused.message });
  const parsed = buildSchema(r.def, action.validate ?? "full").safeParse(r.data);
  if (!parsed.success) throw new Error(`form ${r.def.key}: derived record does not validate: ${parsed.error.message}`);
  await checkFileOwnership(tx, r.def, r.data, keptFilesOf(r.filesFrom), actor.id);
  const toState = nextState(action, r.data);
  const party = actingParty(action, actor, facts);
  const rec = await tx.formRecord.create({
    data: { formKey: r.def.key, state: toState, sectionId: r.sectionId, createdById: actor.id, data: r.data as Prisma.InputJsonValue, title: r.def.titleOf(r.data) },
  });
  await tx.formEvent.create({
    data: {
      recordId: rec.id, seq: 1, action: action.key, fromState: null, toState, actorId: actor.id, actorName: actor.displayName, opinion: r.opinion,
      contentHash: contentHash(r.data), detail: { label: action.label, party: party ? partyId(party) : null, username: actor.username, ...r.detail },
    },
  });
  await recordAudit(tx, {
    actorId: actor.id, actorName: actor.displayName, action: "form.transition", objectType: "form_record", objectId: rec.id,
    detail: { formKey: r.def.key, action: action.key, from: "new", to: toState, ...r.detail },
  });
  return rec.id;
}
