import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MAILBOX_FORM_KEY, mailboxLetter } from "@/forms/mailbox-letter";
import { db } from "@/test/integration/db";
import { dueClocks } from "./clock-list";
import { personalDataView } from "./personal";
import { factsOf, loadRecord } from "./records";
import { actorOf } from "./test-actors";
import { transition } from "./transition";

const views = (recordId: string) => db().auditEvent.findMany({ where: { action: "personal_data.view", objectId: recordId }, orderBy: { id: "asc" } });

async function viewAs(username: string, recordId: string, ip = "203.0.113.7") {
  const r = (await loadRecord(db(), recordId))!;
  return personalDataView(db(), await actorOf(db(), username), { def: mailboxLetter, recordId, facts: factsOf(mailboxLetter, r), data: r.data as Record<string, string> }, { ip });
}

describe("personal data of a case", () => {
  it("is shown in full, and audited, only to those handling the case; masked for everyone else", async () => {
    const subject = `个人信息 ${randomUUID().slice(0, 8)}`;
    const data = { box: "leader", name: "王小明", phone: "13812345678", address: "揭阳市榕城区临江路8号", category: "consult", subject, content: "咨询", consent: "no" };
    const { recordId } = await transition(db(), null, { formKey: MAILBOX_FORM_KEY, action: "submit", data }, { entry: "public" });

    // 局办公室 triages the letter: it sees the writer, and the view is recorded with what was seen.
    const office = await viewAs("bgs", recordId);
    expect(office).toMatchObject({ masked: false, data: { name: "王小明", phone: "13812345678" } });
    const [audit] = await views(recordId);
    expect(audit).toMatchObject({ actorName: "bgs", objectType: "form_record", ip: "203.0.113.7", detail: { fields: ["姓名", "联系电话", "联系地址"], formKey: MAILBOX_FORM_KEY } });

    // 医政科 has nothing to do with it yet: masked, and nothing recorded as seen.
    const other = await viewAs("yzk", recordId);
    expect(other).toMatchObject({ masked: true, data: { name: "王**", phone: "138****5678", address: "揭阳市榕城区****", subject } });
    expect(await views(recordId)).toHaveLength(1);

    // Once the letter is forwarded to 医政科 it handles the case, and sees the writer in full.
    await transition(db(), await actorOf(db(), "bgs"), { formKey: MAILBOX_FORM_KEY, recordId, action: "forward", version: 1, data: { handler: "yzk" } });
    expect(await viewAs("yzk", recordId)).toMatchObject({ masked: false, data: { name: "王小明" } });
    expect((await views(recordId)).map((e) => e.actorName)).toEqual(["bgs", "yzk"]);

    // The lists carry no personal data at all.
    const rows = await dueClocks(db(), await actorOf(db(), "yzk"), new Date(Date.now() + 60 * 86_400_000));
    const row = rows.find((r) => r.recordId === recordId);
    expect(row).toBeDefined();
    expect(JSON.stringify(row)).not.toMatch(/王小明|13812345678|临江路/);
  });
});
