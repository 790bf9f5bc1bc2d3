import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/login";
import { db } from "@/test/integration/db";
import { readBanner, switchBanner } from "./banner";

async function actor(username: string): Promise<Actor> {
  const a = await db().account.findUniqueOrThrow({ where: { username }, include: { section: true } });
  return { id: a.id, username: a.username, displayName: a.displayName, sectionId: a.sectionId, sectionName: a.section.name, roles: a.roles };
}

describe("switchBanner", () => {
  it("lets a finalizer switch the banner on and off, auditing each switch", async () => {
    const xck = await actor("xck-kz");
    const before = await db().auditEvent.count({ where: { objectType: "site_banner" } });
    await switchBanner(xck, { active: true, message: "关于做好某传染病疫情防控的紧急通告", linkUrl: "/columns/notices" });
    expect(await readBanner()).toMatchObject({ active: true, message: "关于做好某传染病疫情防控的紧急通告", linkUrl: "/columns/notices", updatedById: xck.id });
    await switchBanner(xck, { active: false, message: "", linkUrl: "" });
    expect((await readBanner())?.active).toBe(false);
    const events = await db().auditEvent.findMany({ where: { objectType: "site_banner" }, orderBy: { id: "asc" }, skip: before });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([["banner.on", xck.id], ["banner.off", xck.id]]);
  });

  it("refuses anyone who is not a finalizer, and changes nothing", async () => {
    const before = await readBanner();
    for (const u of ["xck", "yzk-kz", "jz", "auditor"]) {
      await expect(switchBanner(await actor(u), { active: true, message: "x", linkUrl: "" })).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await readBanner()).toEqual(before);
  });

  it("rejects an empty message or an unsafe link with a Chinese message", async () => {
    const xxtjk = await actor("xxtjk-kz");
    await expect(switchBanner(xxtjk, { active: true, message: "  ", linkUrl: "" })).rejects.toMatchObject({ userMessage: "开启紧急公告时必须填写公告内容" });
    await expect(switchBanner(xxtjk, { active: true, message: "通告", linkUrl: "javascript:alert(1)" })).rejects.toMatchObject({ userMessage: "链接须以 http(s):// 或 / 开头" });
  });
});
