import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { PERMISSIONS, assertCan, can, type Permission } from "./can";

const as = (...roles: Role[]) => ({ roles });

describe("one authorization table for the three administrators", () => {
  it("lets only sysadmin manage accounts and never read the audit trail", () => {
    expect(can(as("sysadmin"), "account.manage")).toBe(true);
    expect(can(as("sysadmin"), "audit.read")).toBe(false);
    expect(can(as("secadmin"), "account.manage")).toBe(false);
    expect(can(as("publisher"), "account.manage")).toBe(false);
  });
  it("lets only secadmin set the policy", () => {
    expect(can(as("secadmin"), "policy.manage")).toBe(true);
    expect(can(as("sysadmin"), "policy.manage")).toBe(false);
    expect(can(as("auditor"), "policy.manage")).toBe(false);
  });
  it("lets only the auditor read the audit trail", () => {
    expect(can(as("auditor"), "audit.read")).toBe(true);
    expect(can(as("secadmin"), "audit.read")).toBe(false);
    expect(can(as("director"), "audit.read")).toBe(false);
  });
  it("lets the auditor change nothing, whatever the table says", () => {
    const mutating = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => PERMISSIONS[p].mutates);
    expect(mutating.length).toBeGreaterThan(3);
    for (const p of mutating) expect(can(as("auditor"), p)).toBe(false);
    // Even if someone were given a second, ordinary role.
    expect(can(as("auditor", "section_chief"), "classified.confirm")).toBe(false);
    expect(can(as("auditor"), "password.change_own")).toBe(true);
  });
  it("refuses nobody signed in and throws a Chinese message", () => {
    expect(can(null, "workflow.act")).toBe(false);
    expect(() => assertCan(as("auditor"), "workflow.act")).toThrow(/没有执行此操作的权限/);
    expect(() => assertCan(as("publisher"), "workflow.act")).not.toThrow();
  });
});

describe("site-wide statistics (issue 8)", () => {
  it("are for the leaders by role and for 信息统计科 by section, not for other sections", () => {
    expect(can(as("director"), "stats.read_all")).toBe(true);
    expect(can(as("deputy_director"), "stats.read_all")).toBe(true);
    expect(can({ roles: ["publisher"], sectionId: "xxtjk" }, "stats.read_all")).toBe(true);
    expect(can({ roles: ["finalizer"], sectionId: "xck" }, "stats.read_all")).toBe(false);
    expect(can({ roles: ["section_chief"], sectionId: "yzk" }, "stats.read_all")).toBe(false);
  });
});
