// A signed-out person opens a case through a definition's public entry: the honeypot, the
// per-client limit, the fields, the single-use challenge, then the engine's one transition
// path. The case row (idempotency key, query code hash, second factor hash) is written in the
// transition's own transaction: two concurrent sends of one submission create one case, and a
// send killed half-way (app or database) leaves no claim behind to block its resend.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { FieldErrors } from "../errors";
import { buildSchema, emptyData, withoutHidden } from "../schema";
import { transition } from "../transition";
import type { FormData } from "../types";
import { spendChallenge } from "./challenge";
import { gate } from "./gate";
import { CHALLENGE_USED, REFUSED, TOO_MANY, WRONG_ANSWER } from "./messages";
import { hashFactor, hashQueryCode, lastDigits, queryCodeFor } from "./query-code";
import { overLimit } from "./rate-limit";
import { startFields, type PublicDefinition } from "./registry";

export interface StartInput {
  data: unknown;
  /** Generated once per form; a resend carries the same key. */
  idempotencyKey: string;
  challengeToken: string;
  challengeAnswer: string;
  /** A field people never see; bots fill it in. */
  honeypot: string;
  /** Who counts against the rate limit: the client's address. */
  client: string;
}

export interface StartResult {
  queryCode: string;
  /** True when this was a resend of a submission already stored. */
  duplicate: boolean;
}

const KEY = /^[A-Za-z0-9-]{16,64}$/;

const writing = gate(4);

export async function startPublicCase(db: Db, def: PublicDefinition, input: StartInput): Promise<StartResult> {
  if ((def.public.protect.honeypot && input.honeypot.trim() !== "") || !KEY.test(input.idempotencyKey)) throw new AppError("refused", REFUSED);
  // A resend queues behind its first send, and usually finds it stored when its turn comes.
  return writing(() => store(db, def, input));
}

/** The start form's own data, checked before the challenge so that one answer is not spent on a typo. */
function checkFields(def: PublicDefinition, input: unknown): FormData {
  const given = input && typeof input === "object" ? (input as Record<string, unknown>) : {};
  const data: FormData = emptyData(def, "");
  for (const f of startFields(def)) if (f.key in given) data[f.key] = given[f.key] as FormData[string];
  const r = buildSchema(def, "full").safeParse(withoutHidden(def, data));
  if (r.success) return data;
  const fields: Record<string, string> = {};
  for (const issue of r.error.issues) fields[String(issue.path[0] ?? "_")] ??= issue.message;
  throw new FieldErrors(fields);
}

async function stored(db: Db, def: PublicDefinition, key: string): Promise<StartResult | null> {
  const row = await db.publicCase.findUnique({ where: { idempotencyKey: key }, select: { formKey: true } });
  if (!row) return null;
  if (row.formKey !== def.key) throw new AppError("refused", REFUSED);
  return { queryCode: queryCodeFor(key), duplicate: true };
}

const isDuplicateKey = (err: unknown) => err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";

async function store(db: Db, def: PublicDefinition, input: StartInput): Promise<StartResult> {
  const key = input.idempotencyKey;
  const again = await stored(db, def, key);
  if (again) return again;

  const { protect, lookup } = def.public;
  if (await overLimit(db, `start:${def.key}:${input.client}`, protect.perClientPerHour, 60)) throw new AppError("rate_limited", TOO_MANY);
  const data = checkFields(def, input.data);
  const factor = lastDigits(data[lookup.secondFactor.field], lookup.secondFactor.digits);
  if (!factor) throw new FieldErrors({ [lookup.secondFactor.field]: `请填写有效的${def.fields.find((f) => f.key === lookup.secondFactor.field)?.label ?? "联系方式"}` });
  if (protect.challenge) {
    const c = await spendChallenge(db, input.challengeToken, input.challengeAnswer, key);
    if (c === "wrong") throw new FieldErrors({ challenge: WRONG_ANSWER });
    if (c !== "ok") throw new FieldErrors({ challenge: CHALLENGE_USED });
  }

  const queryCode = queryCodeFor(key);
  const codeHash = hashQueryCode(queryCode);
  try {
    await transition(db, null, { formKey: def.key, action: def.public.start, data }, {
      entry: "public",
      inTransaction: async (tx, recordId) => {
        // Of two sends with one key, the second waits here on the unique index until the first
        // commits (then it fails and answers as a duplicate) or rolls back (then it goes on).
        await tx.publicCase.create({ data: { id: randomUUID(), recordId, formKey: def.key, idempotencyKey: key, queryCodeHash: codeHash, factorHash: hashFactor(codeHash, factor) } });
      },
    });
    return { queryCode, duplicate: false };
  } catch (err) {
    if (isDuplicateKey(err)) {
      const first = await stored(db, def, key);
      if (first) return first;
    }
    throw err;
  }
}
