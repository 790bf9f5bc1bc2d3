import { afterEach, describe, expect, it } from "vitest";
import { BANNER_FORM } from "@/forms/emergency-banner";
import { actorOf } from "@/lib/form-engine/test-actors";
import { transition } from "@/lib/form-engine/transition";
import { db } from "@/test/integration/db";
import { formSteps, refusal } from "@/test/integration/steps";
import { publicBanner, readBanner } from "./banner";

const MESSAGE = "关于做好登革热疫情防控工作的紧急通告";

const { act, step } = formSteps(BANNER_FORM);

const propose = (username = "xck-kz", message = MESSAGE) => act(username, { action: "propose", data: { message, linkUrl: "/columns/notices" } });

// Each test leaves no banner up, so that the next one's approval is not refused as a second banner.
afterEach(async () => {
  const live = await db().formRecord.findMany({ where: { formKey: BANNER_FORM, state: "live" } });
  for (const r of live) await step("xxtjk-kz", r.id, "take_down", { opinion: "测试结束" });
});

describe("the Art. 7 emergency banner", () => {
  it("is not public when a finalizer proposes it, and public once a bureau leader approves, audited", async () => {
    const { recordId, state } = await propose();
    expect(state).toBe("pending");
    expect(await publicBanner()).toBeNull();

    await step("fjz1", recordId, "approve");
    expect(await publicBanner()).toEqual({ message: MESSAGE, linkUrl: "/columns/notices" });
    const fjz1 = await actorOf(db(), "fjz1");
    expect(await readBanner()).toMatchObject({ active: true, recordId, updatedById: fjz1.id });
    const audits = await db().auditEvent.findMany({ where: { OR: [{ objectId: recordId }, { objectType: "site_banner", detail: { path: ["recordId"], equals: recordId } }] }, orderBy: { id: "asc" } });
    const xck = await actorOf(db(), "xck-kz");
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([["form.transition", xck.id], ["form.transition", fjz1.id], ["banner.on", fjz1.id]]);
  });

  it("shows on the director's approval too", async () => {
    const { recordId } = await propose("xxtjk-kz", "关于暂停部分门诊服务的紧急通告");
    await step("jz", recordId, "approve");
    expect((await publicBanner())?.message).toBe("关于暂停部分门诊服务的紧急通告");
  });

  it("refuses an approval by anyone who is not a bureau leader, and by nobody signed in", async () => {
    const { recordId } = await propose();
    for (const u of ["yzk-kz", "xxtjk-kz", "xck-kz", "bgs-kz", "xck", "auditor"]) {
      const e = await refusal(step(u, recordId, "approve"));
      expect(["forbidden", "not_found"]).toContain(e.code);
    }
    expect((await refusal(step(null, recordId, "approve"))).code).toMatch(/not_found|unauthenticated/);
    expect(await publicBanner()).toBeNull();
    expect((await db().formRecord.findUniqueOrThrow({ where: { id: recordId } })).state).toBe("pending");
  });

  it("is proposed only by a finalizer: a section chief, a publishing account, a leader or nobody cannot", async () => {
    for (const u of ["yzk-kz", "xck", "fjz2", "jz"]) expect((await refusal(propose(u))).code).toBe("forbidden");
    expect((await refusal(act(null, { action: "propose", data: { message: MESSAGE } }))).code).toBe("unauthenticated");
  });

  it("never lets the proposer approve their own proposal, even holding a leader's role", async () => {
    await db().account.create({ data: { username: "xxtjk-fjz-test", displayName: "兼任审定的副局长", sectionId: "xxtjk", roles: ["finalizer", "deputy_director"], passwordHash: "x" } });
    const { recordId } = await propose("xxtjk-fjz-test");
    expect((await refusal(step("xxtjk-fjz-test", recordId, "approve"))).code).toBe("own_proposal");
    expect((await refusal(step("xxtjk-fjz-test", recordId, "reject", { opinion: "不同意" }))).code).toBe("own_proposal");
    expect(await publicBanner()).toBeNull();
    await step("fjz3", recordId, "approve");
    expect((await publicBanner())?.message).toBe(MESSAGE);
  });

  it("can be rejected with a reason, after which it can never be approved", async () => {
    const { recordId } = await propose();
    expect((await refusal(step("fjz2", recordId, "reject"))).code).toBe("invalid_fields");
    expect((await step("fjz2", recordId, "reject", { opinion: "事件尚未核实，暂不发布。" })).state).toBe("rejected");
    const rec = await db().formEvent.findFirstOrThrow({ where: { recordId, action: "reject" } });
    expect(rec.opinion).toBe("事件尚未核实，暂不发布。");
    expect((await refusal(step("jz", recordId, "approve"))).code).toBe("illegal_step");
    expect(await publicBanner()).toBeNull();
  });

  it("refuses a replayed approval: a stale version, an ended banner, another form's record id", async () => {
    const first = await propose();
    const stale = (await db().formRecord.findUniqueOrThrow({ where: { id: first.recordId } })).version;
    await step("fjz1", first.recordId, "approve");
    // The same request again (its version is now stale), then on the current version.
    expect((await refusal(act("fjz1", { recordId: first.recordId, action: "approve", version: stale }))).code).toBe("stale");
    expect((await refusal(step("fjz2", first.recordId, "approve"))).code).toBe("illegal_step");
    await step("xck-kz", first.recordId, "take_down", { opinion: "疫情解除" });
    expect((await refusal(step("fjz1", first.recordId, "approve"))).code).toBe("illegal_step");
    expect(await publicBanner()).toBeNull();
    // A publication-approval record's id under the banner form is not found.
    const other = await act("yzk", { action: "save", data: { secret: "no", title: "草稿" } }, "publication-approval");
    expect((await refusal(step("fjz1", other.recordId, "approve"))).code).toBe("not_found");
  });

  it("approves a second banner only after the live one is taken down", async () => {
    const a = await propose("xck-kz", "第一条紧急公告");
    const b = await propose("xxtjk-kz", "第二条紧急公告");
    await step("fjz1", a.recordId, "approve");
    expect((await refusal(step("fjz2", b.recordId, "approve"))).code).toBe("banner_live");
    expect((await publicBanner())?.message).toBe("第一条紧急公告");
    await step("jz", a.recordId, "take_down", { opinion: "由新公告替换" });
    await step("fjz2", b.recordId, "approve");
    expect((await publicBanner())?.message).toBe("第二条紧急公告");
  });

  it("is taken down at once by a finalizer or a leader with a reason, audited; not by anyone else", async () => {
    const { recordId } = await propose();
    await step("fjz2", recordId, "approve");
    for (const u of ["yzk-kz", "xck", "bgs-kz"]) expect((await refusal(step(u, recordId, "take_down", { opinion: "x" }))).code).toMatch(/forbidden|not_found/);
    expect((await refusal(step(null, recordId, "take_down", { opinion: "x" }))).code).toMatch(/not_found|unauthenticated/);
    expect((await refusal(step("xck-kz", recordId, "take_down"))).code).toBe("invalid_fields");
    expect((await step("xck-kz", recordId, "take_down", { opinion: "疫情解除" })).state).toBe("ended");
    expect(await publicBanner()).toBeNull();
    const off = await db().auditEvent.findFirstOrThrow({ where: { action: "banner.off" }, orderBy: { id: "desc" } });
    expect(off.detail).toMatchObject({ reason: "疫情解除", recordId });
  });

  it("rejects an empty message or an unsafe link with a Chinese message", async () => {
    const e1 = await refusal(act("xck-kz", { action: "propose", data: { message: "  ", linkUrl: "" } }));
    expect((e1 as unknown as { fields: Record<string, string> }).fields.message).toBe("请填写公告内容");
    const e2 = await refusal(act("xck-kz", { action: "propose", data: { message: "通告", linkUrl: "javascript:alert(1)" } }));
    expect((e2 as unknown as { fields: Record<string, string> }).fields.linkUrl).toBe("链接须以 http(s):// 或 / 开头");
  });
});
