import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/test/integration/db";
import { MAILBOX_FORM_KEY } from "@/forms/mailbox-letter";
import { loadCalendar } from "@/lib/calendar/load";
import { addWorkingDays, beijingDate } from "@/lib/calendar/working-days";
import { actorOf } from "@/lib/form-engine/test-actors";
import { transition } from "@/lib/form-engine/transition";
import { letterDashboard } from "./dashboard";

const dashboardOf = async (u: string, now: Date) => letterDashboard(db(), await actorOf(db(), u), now);
const at = (date: string) => new Date(`${date}T02:00:00Z`);

describe("the letter dashboard", () => {
  it("lists open letters for the office and, once forwarded, for the handler, flagging due-soon and overdue ones", async () => {
    const subject = `期限 ${randomUUID().slice(0, 8)}`;
    const data = { box: "opinion", name: "李四", phone: "13900000000", category: "suggest", subject, content: "建议", consent: "no" };
    const { recordId } = await transition(db(), null, { formKey: MAILBOX_FORM_KEY, action: "submit", data }, { entry: "public" });
    const cal = await loadCalendar(db());
    const today = beijingDate(new Date());
    const due = addWorkingDays(cal, today, 15).due;
    const row = (u: string, now: Date) => dashboardOf(u, now).then((rows) => rows.find((r) => r.recordId === recordId));

    expect(await row("bgs", new Date())).toMatchObject({ subject, urgency: "on_track", mine: true, deadline: { start: today, due, from: "receipt" } });
    expect(await row("yzk", new Date())).toBeUndefined();

    await transition(db(), await actorOf(db(), "bgs"), { formKey: MAILBOX_FORM_KEY, recordId, action: "forward", version: 1, data: { handler: "yzk" } });
    expect(await row("yzk", at(addWorkingDays(cal, today, 13).due))).toMatchObject({ urgency: "due_soon", mine: true, deadline: { due, from: "forward" } });
    expect(await row("bgs-kz", new Date(at(due).getTime() + 86_400_000))).toMatchObject({ urgency: "overdue", mine: false });
    expect(await row("rsk", new Date())).toBeUndefined();
  });
});
