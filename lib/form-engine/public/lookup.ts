// The follow-up entry: a citizen finds their case by its query code and a second factor and
// sees the definition's projection of it; with the same two they may take the definition's
// citizen actions. The case is found from the code alone, never from a record id the client
// sends, so a lookup reaches no other case. Every lookup and every action counts against the
// client's limit, and a wrong code, a wrong factor and an unknown case read the same.
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { allowedActions } from "../authorize";
import { factsOf, loadRecord, type LoadedRecord } from "../records";
import { transition, type TransitionResult } from "../transition";
import { notMatched, NOT_A_CITIZEN_ACTION, QUERY_TOO_MANY } from "./messages";
import { projectCase, type CaseView } from "./projection";
import { hashFactor, hashQueryCode, lastDigits, normalizeQueryCode, sameHash } from "./query-code";
import { overLimit } from "./rate-limit";
import type { PublicDefinition } from "./registry";

export interface LookupInput {
  code: string;
  /** The second factor as typed (e.g. the phone's last 4 digits). */
  factor: string;
  client: string;
}

export async function findCase(db: Db, def: PublicDefinition, input: LookupInput): Promise<LoadedRecord> {
  const { lookup } = def.public;
  if (await overLimit(db, `lookup:${def.key}:${input.client}`, lookup.perClientPer15Minutes, 15)) throw new AppError("rate_limited", QUERY_TOO_MANY);
  const miss = () => new AppError("not_matched", notMatched(def.public));
  const code = normalizeQueryCode(String(input.code ?? ""));
  const factor = String(input.factor ?? "").trim();
  if (code.length < 10 || code.length > 20 || factor.length !== lookup.secondFactor.digits || lastDigits(factor, lookup.secondFactor.digits) !== factor) throw miss();
  const codeHash = hashQueryCode(code);
  const row = await db.publicCase.findUnique({ where: { queryCodeHash: codeHash } });
  if (!row || row.formKey !== def.key || !sameHash(row.factorHash, hashFactor(codeHash, factor))) throw miss();
  const record = await loadRecord(db, row.recordId);
  if (!record || record.formKey !== def.key) throw miss();
  return record;
}

/** The actions the citizen may take on the looked-up case now. */
export function citizenActionsNow(def: PublicDefinition, record: LoadedRecord) {
  const listed = new Set(def.public.citizenActions ?? []);
  return allowedActions(def, null, { ...factsOf(def, record), entry: "citizen" }).filter((a) => listed.has(a.key));
}

export async function lookUpCase(db: Db, def: PublicDefinition, input: LookupInput): Promise<CaseView> {
  const record = await findCase(db, def, input);
  return projectCase(db, def, record, citizenActionsNow(def, record));
}

export interface CitizenActInput extends LookupInput {
  action: string;
  /** The version the citizen's page showed. */
  version: number | null;
  data?: unknown;
  opinion?: string | null;
}

/** A citizen action on the case the code and factor reach, and on no other. */
export async function citizenAct(db: Db, def: PublicDefinition, input: CitizenActInput): Promise<TransitionResult> {
  const record = await findCase(db, def, input);
  if (!(def.public.citizenActions ?? []).includes(input.action)) throw new AppError("forbidden", NOT_A_CITIZEN_ACTION);
  return transition(db, null, { formKey: def.key, recordId: record.id, action: input.action, version: input.version, data: input.data, opinion: input.opinion }, { entry: "citizen", caseId: record.id });
}
