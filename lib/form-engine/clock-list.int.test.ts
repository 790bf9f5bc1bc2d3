// The overdue / due-soon list is paged, never capped: every page together is the whole list.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/test/integration/db";
import { MAILBOX_FORM_KEY } from "@/forms/mailbox-letter";
import { dueClocks } from "./clock-list";
import { actorOf } from "./test-actors";
import { transition } from "./transition";

describe("the due list", () => {
  it("gives, page by page, exactly the whole list, with nothing lost past a page", async () => {
    for (let i = 0; i < 3; i++) {
      const data = { box: "opinion", name: "王五", phone: "13700000000", category: "suggest", subject: `分页 ${randomUUID().slice(0, 8)}`, content: "建议", consent: "no" };
      await transition(db(), null, { formKey: MAILBOX_FORM_KEY, action: "submit", data }, { entry: "public" });
    }
    const office = await actorOf(db(), "bgs");
    const later = new Date(Date.now() + 90 * 86_400_000); // every open letter is overdue by then
    const whole = await dueClocks(db(), office, later);
    expect(whole.length).toBeGreaterThanOrEqual(3);
    const paged = [];
    for (let offset = 0; ; offset += 2) {
      const page = await dueClocks(db(), office, later, { limit: 2, offset });
      paged.push(...page);
      if (page.length < 2) break;
    }
    expect(paged.map((r) => `${r.recordId}/${r.clockKey}`)).toEqual(whole.map((r) => `${r.recordId}/${r.clockKey}`));
  });
});
