// Shared by the integration tests of 依申请公开: apply through the public entry (challenge
// solved), act as a staff account through the one transition, pretend a wall-clock date.
import { randomUUID } from "node:crypto";
import { expect, vi } from "vitest";
import { newChallenge } from "@/lib/form-engine/public/challenge";
import { lookUpCase } from "@/lib/form-engine/public/lookup";
import { publicDefinition, type PublicDefinition } from "@/lib/form-engine/public/registry";
import { startPublicCase } from "@/lib/form-engine/public/start";
import { actorOf } from "@/lib/form-engine/test-actors";
import { transition } from "@/lib/form-engine/transition";
import { db } from "@/test/integration/db";
import { DISCLOSURE_FORM_KEY } from "./disclosure-request";

export function disclosureDef(): PublicDefinition {
  process.env.NEXTAUTH_SECRET ??= "disclosure-int-test-secret";
  return publicDefinition(DISCLOSURE_FORM_KEY)!;
}

/** Pretends the clock on the wall reads `date` (Beijing noon); only Date is faked, so the pool keeps working. */
export const wallClock = (date: string) => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(`${date}T04:00:00Z`));
};

const NUMS = "零一二三四五六七八九十";
/** A solved 算术验证 challenge, as the form posts it. */
export function solved() {
  const c = newChallenge(Date.now());
  const m = c.question.match(/^(.)(加|减)(.)/)!;
  const a = NUMS.indexOf(m[1]!);
  const b = NUMS.indexOf(m[3]!);
  return { challengeToken: c.token, challengeAnswer: String(m[2] === "加" ? a + b : a - b) };
}
let clients = 0;
export const client = () => `10.79.${Math.floor(Math.random() * 250)}.${++clients % 250}`;

export const person = (over: Record<string, string> = {}) => ({
  applicantType: "person", name: "林申请", idType: "resident", idNumber: "445202199001011234", phone: "13800004321",
  address: "揭阳市榕城区临江北路1号", email: "lin@example.com", description: `2025年度医疗机构校验结果 ${randomUUID().slice(0, 8)}`,
  purpose: "", medium: "electronic", delivery: "email", ...over,
});

export interface AppliedCase { id: string; code: string; factor: string }

export async function apply(def: PublicDefinition, data: Record<string, string> = person()): Promise<AppliedCase> {
  const { queryCode } = await startPublicCase(db(), def, { data, idempotencyKey: randomUUID(), honeypot: "", client: client(), ...solved() });
  const view = await lookUpCase(db(), def, { code: queryCode, factor: data.phone!.slice(-4), client: client() });
  const rec = await db().formRecord.findFirstOrThrow({ where: { formKey: DISCLOSURE_FORM_KEY, data: { path: ["description"], equals: data.description } } });
  expect(view.title).toBe(rec.title);
  return { id: rec.id, code: queryCode, factor: data.phone!.slice(-4) };
}

export async function step(username: string, recordId: string, action: string, data?: Record<string, unknown>, opinion?: string) {
  const r = await db().formRecord.findUniqueOrThrow({ where: { id: recordId } });
  return transition(db(), await actorOf(db(), username), { formKey: DISCLOSURE_FORM_KEY, recordId, action, version: r.version, data, opinion });
}

export const stateOf = async (recordId: string) => (await db().formRecord.findUniqueOrThrow({ where: { id: recordId } })).state;
