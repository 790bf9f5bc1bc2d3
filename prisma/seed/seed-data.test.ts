import { describe, expect, it } from "vitest";
import { calendarSeed } from "./calendar";
import { COLUMNS } from "./columns";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { SECTIONS } from "./organisation";

// The column names of Art. 10 (一)–(八), as the source document lists them.
const ART10 = ["政府信息公开", "依申请公开", "领导信箱", "公众意见箱", "服务承诺", "机构职能", "政策法规", "通知公告", "工作动态", "业务管理", "办事指南", "医疗服务信息公开", "健康知识", "主题通道", "计生宣传栏", "无偿献血", "卫生人口信息", "信用信息双公示"];

const sectionOf = (name: string) => SECTIONS.find((s) => s.name === name)!.id;
const column = (name: string) => COLUMNS.find((c) => c.name === name)!;

describe("seed data", () => {
  it("has every Art. 10 column exactly once", () => {
    expect(COLUMNS.map((c) => c.name).sort()).toEqual([...ART10].sort());
  });

  it("assigns the Art. 10 responsibilities", () => {
    for (const n of ["政府信息公开", "依申请公开", "领导信箱", "公众意见箱", "服务承诺"]) expect(column(n).sections).toEqual([sectionOf("局办公室")]);
    expect(column("机构职能").sections).toEqual([sectionOf("人事科")]);
    for (const n of ["健康知识", "主题通道", "计生宣传栏"]) expect(column(n).sections).toEqual([sectionOf("宣传科")]);
    expect(column("无偿献血").sections).toEqual([sectionOf("医政科")]);
    expect(column("卫生人口信息").sections).toEqual([sectionOf("信息统计科")]);
    expect(column("信用信息双公示").entrusted).toEqual([sectionOf("市卫生监督所")]);
  });

  it("gives each bureau section exactly one publishing account and counties and units none", () => {
    for (const s of SECTIONS) {
      const publishers = DEMO_ACCOUNTS.filter((a) => a.sectionId === s.id && a.roles.includes("publisher"));
      expect(publishers.length, s.name).toBe(s.kind === "bureau_section" ? 1 : 0);
    }
  });

  it("has a chief for every bureau section and a deputy overseeing it", () => {
    for (const s of SECTIONS.filter((x) => x.kind === "bureau_section")) {
      expect(DEMO_ACCOUNTS.some((a) => a.username === `${s.id}-kz` && a.roles.includes("section_chief"))).toBe(true);
      const deputy = DEMO_ACCOUNTS.find((a) => a.username === s.overseer);
      expect(deputy?.roles, s.name).toContain("deputy_director");
    }
  });

  it("keeps the three administrator roles on three accounts", () => {
    for (const a of DEMO_ACCOUNTS) {
      expect(a.roles.filter((r) => r === "sysadmin" || r === "secadmin" || r === "auditor").length).toBeLessThanOrEqual(1);
    }
  });

  it("uses a demo password that meets the password policy", () => {
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((r) => r.test(DEMO_PASSWORD)).length;
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(8);
    expect(classes).toBeGreaterThanOrEqual(3);
  });

  it("knows National Day 2026 and its make-up working days", () => {
    const { days } = calendarSeed();
    const find = (d: string) => days.find((x) => x.date.toISOString().startsWith(d));
    expect(find("2026-10-01")).toMatchObject({ isWorkday: false, name: "国庆节" });
    expect(find("2026-10-10")?.isWorkday).toBe(true);
  });
});
