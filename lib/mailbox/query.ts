// /mailbox/query: the citizen's view of a letter, by query code and the phone's last 4 digits.
// Every look-up counts against the client's limit, and a wrong code, a wrong phone and an
// unknown letter read exactly the same, so the page says nothing about whether a code exists.
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { mailboxLetter } from "@/forms/mailbox-letter";
import type { FormData } from "@/lib/form-engine/types";
import { ANSWERED_STATES, answeringDept } from "./letters";
import { hashQueryCode, normalizeQueryCode } from "./query-code";
import { overLimit } from "./rate-limit";

export const NOT_MATCHED = "查询码或电话号码后4位不正确，未能查到信件。请核对后重新输入。";
export const QUERY_TOO_MANY = "查询次数过多，请15分钟后再试。";

export interface CitizenView {
  subject: string;
  box: string;
  state: string;
  receivedAt: Date;
  declineReason: string | null;
  reply: { content: string; dept: string; at: Date } | null;
}

export async function lookUpLetter(db: Db, input: { code: string; last4: string; client: string }): Promise<CitizenView> {
  if (await overLimit(db, "query", input.client)) throw new AppError("rate_limited", QUERY_TOO_MANY);
  const code = normalizeQueryCode(input.code);
  const last4 = input.last4.trim();
  if (code.length < 10 || code.length > 20 || !/^\d{4}$/.test(last4)) throw new AppError("not_matched", NOT_MATCHED);
  const letter = await db.mailboxLetter.findUnique({ where: { queryCodeHash: hashQueryCode(code) } });
  const record = letter?.recordId
    ? await db.formRecord.findUnique({ where: { id: letter.recordId }, include: { events: { orderBy: { seq: "asc" } } } })
    : null;
  if (!letter || !record || letter.phoneLast4 !== last4) throw new AppError("not_matched", NOT_MATCHED);
  const data = record.data as FormData;
  const approved = ANSWERED_STATES.includes(record.state) ? record.events.findLast((e) => e.action === "approve") : undefined;
  let reply: CitizenView["reply"] = null;
  if (approved) {
    const handler = typeof data.handler === "string" && data.handler ? await db.section.findUnique({ where: { id: data.handler }, select: { name: true } }) : null;
    reply = { content: String(data.reply ?? ""), dept: answeringDept(data, () => handler?.name), at: approved.createdAt };
  }
  const boxField = mailboxLetter.fields.find((f) => f.key === "box");
  const box = boxField?.type === "choice" ? (boxField.options.find((o) => o.value === data.box)?.label ?? "") : "";
  return {
    subject: record.title, box, state: mailboxLetter.states[record.state]?.label ?? record.state,
    receivedAt: record.events[0]?.createdAt ?? record.createdAt,
    declineReason: record.state === "declined" ? String(data.declineReason ?? "") : null, reply,
  };
}
