// The 告知书 and the status page of 依申请公开 on real PostgreSQL, through the real route
// handlers: staff download it from the record once replied; the citizen only after 审核通过,
// only by posting the query code and phone digits of their own case (nothing in a URL), and no
// other case's letter is reachable. The status page shows the number, the receipt day and the
// deadline with its extension and pause explained.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/login";
import { lookUpCase } from "@/lib/form-engine/public/lookup";
import { LETTER_NOT_READY } from "@/lib/form-engine/public/letter";
import { notMatched } from "@/lib/form-engine/public/messages";
import type { PublicDefinition } from "@/lib/form-engine/public/registry";
import { actorOf } from "@/lib/form-engine/test-actors";
import { db } from "@/test/integration/db";
import { pdfText } from "@/test/pdf-text";
import { apply, client, disclosureDef, person, step, wallClock, type AppliedCase } from "./disclosure-request.test-kit";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
const citizenRoute = await import("@/app/(public)/[publicCase]/query/letter/route");
const staffRoute = await import("@/app/api/records/[id]/letter/route");

let def: PublicDefinition;
beforeAll(() => {
  def = disclosureDef();
});
afterEach(() => {
  vi.useRealTimers();
});

/** The citizen's download: a form post from /disclosure/query, from its own client address. */
function post(fields: Record<string, string>, slug = "disclosure") {
  const body = new URLSearchParams(fields);
  const req = new Request(`http://localhost/${slug}/query/letter`, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } });
  return citizenRoute.POST(req, { params: Promise.resolve({ publicCase: slug }) });
}
const citizenPost = (c: AppliedCase, over: Record<string, string> = {}) => post({ code: c.code, factor: c.factor, ...over });
async function staffGet(username: string | null, id: string) {
  session.actor = username ? await actorOf(db(), username) : null;
  return staffRoute.GET(new Request(`http://localhost/api/records/${id}/letter`), { params: Promise.resolve({ id }) });
}
const numberOf = async (id: string) => (await db().formRecord.findUniqueOrThrow({ where: { id } })).registrationNumber!;
const pdfOf = async (res: Response) => {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/pdf");
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  return pdfText(bytes);
};

/** Registered 2026-09-28, replied 10-20 with 予以公开. */
async function replied(phone = "13800004321", name = "林申请"): Promise<AppliedCase> {
  wallClock("2026-09-28");
  const c = await apply(def, person({ phone, name }));
  await step("bgs", c.id, "register");
  wallClock("2026-10-20");
  await step("bgs", c.id, "reply", { outcome: "disclose", replyText: "所申请信息已公开，现以电子邮件方式提供。" });
  return c;
}

describe("告知书: who gets it and when", () => {
  it("staff handling the case download it once replied (a draft under review); others get 404", async () => {
    wallClock("2026-09-28");
    const fresh = await apply(def);
    await step("bgs", fresh.id, "register");
    expect((await staffGet("bgs", fresh.id)).status).toBe(404); // not replied yet
    const c = await replied();
    const text = await pdfOf(await staffGet("bgs", c.id));
    for (const s of [await numberOf(c.id), "林申请", "予以公开", "第三十六条第（一）项", "申请行政复议"]) expect(text).toContain(s);
    expect(await pdfOf(await staffGet("bgs-kz", c.id))).toContain(await numberOf(c.id));
    for (const u of ["yzk", "xxtjk", null]) expect((await staffGet(u, c.id)).status, String(u)).toBe(404);
    // Printing it shows the applicant's name: an audited view of personal data.
    expect(await db().auditEvent.findFirst({ where: { action: "personal_data.view", objectId: c.id } })).not.toBeNull();
  });

  it("the citizen gets their own letter only after 审核通过, only with their own code and phone digits", async () => {
    const a = await replied("13900003333", "甲申请人");
    const b = await replied("13900004444", "乙申请人");
    // Before approval: refused, and the status page offers no download.
    const early = await citizenPost(a);
    expect(early.status).toBe(403);
    expect(await early.text()).toContain(LETTER_NOT_READY);
    expect((await lookUpCase(db(), def, { code: a.code, factor: a.factor, client: client() })).letter).toBe(false);

    wallClock("2026-10-21");
    await step("bgs-kz", a.id, "approve");
    expect((await lookUpCase(db(), def, { code: a.code, factor: a.factor, client: client() })).letter).toBe(true);
    const text = await pdfOf(await citizenPost(a));
    expect(text).toContain(await numberOf(a.id));
    expect(text).toContain("甲申请人");
    expect(text).not.toContain(await numberOf(b.id));

    // B (not yet approved) gets nothing, even naming A's record; A's code with B's digits, no code, and another slug neither.
    const other = await citizenPost(b, { recordId: a.id, id: a.id });
    expect(other.status).toBe(403);
    expect(await other.text()).not.toContain("甲申请人");
    for (const res of [await citizenPost(a, { factor: b.factor }), await post({ factor: a.factor }), await post({ code: b.code, factor: a.factor, recordId: a.id })]) {
      expect(res.status).toBe(403);
      expect(await res.text()).toContain(notMatched(def.public));
    }
    expect((await post({ code: a.code, factor: a.factor }, "mailbox")).status).toBe(404);
    // The letter is never served for a plain URL.
    expect("GET" in citizenRoute).toBe(false);
  });
});

describe("the citizen's status page", () => {
  it("shows the registration number, the receipt day and the deadline, with the pause and the extension explained", async () => {
    wallClock("2026-09-28");
    const c = await apply(def);
    let view = await lookUpCase(db(), def, { code: c.code, factor: c.factor, client: client() });
    expect(view.registration).toBeNull();
    expect(view.clocks).toEqual([{ key: "reply", label: "答复期限", value: "登记后开始计算", lines: [] }]);

    await step("bgs", c.id, "register");
    wallClock("2026-09-29");
    view = await lookUpCase(db(), def, { code: c.code, factor: c.factor, client: client() });
    expect(view.registration).toEqual({ numberLabel: "登记编号", number: await numberOf(c.id), dateLabel: "收到申请日期", date: "2026-09-28" });
    expect(view.clocks[0]!.value).toBe("2026-10-30前答复，还有 19 个工作日");
    expect(view.clocks[0]!.lines.join("")).toContain("国庆节");

    wallClock("2026-10-12");
    await step("bgs", c.id, "consult_third_party", { thirdParty: "某医院" });
    view = await lookUpCase(db(), def, { code: c.code, factor: c.factor, client: client() });
    expect(view.clocks[0]!.value).toMatch(/^暂停计算（征求第三方意见中），恢复计算后尚余 \d+ 个工作日$/);
    wallClock("2026-10-19");
    await step("bgs", c.id, "resume");
    await step("bgs", c.id, "request_extension", { extensionReason: "信息量大", extensionDays: "10" });
    await step("bgs-kz", c.id, "approve_extension");
    view = await lookUpCase(db(), def, { code: c.code, factor: c.factor, client: client() });
    // 11-06 (the pause added 5 working days to 10-30), then 10 more: 11-09..13, 11-16..20.
    expect(view.clocks[0]!.value).toMatch(/^2026-11-20前答复/);
    const lines = view.clocks[0]!.lines.join("\n");
    expect(lines).toContain("2026-10-19 批准延期 10 个工作日。");
    expect(lines).toContain("2026-10-12 至 2026-10-19（征求第三方意见中）期间暂停，不计 5 个工作日。");
  });
});
