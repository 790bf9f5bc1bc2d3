import { describe, expect, it } from "vitest";
import { staffMenu } from "./staff-nav";

const labels = (roles: Parameters<typeof staffMenu>[0]["roles"], sectionId = "x") => staffMenu({ roles, sectionId }).map((l) => l.label);

describe("the staff menu shows only what the account can use", () => {
  it("a county reporter handles letters, but has no approval form, banner or column screen", () => {
    const m = labels(["reporter"], "rcq");
    expect(m).toContain("来信办理");
    // 信息报送 (Art. 8, 16): a reporter sends material to its city section instead of publishing.
    expect(m).toContain("信息报送");
    for (const no of ["信息发布审批", "紧急公告", "栏目管理", "账号管理", "审计记录"]) expect(m).not.toContain(no);
  });

  it("the auditor reads the audit trail and changes only its own password", () => {
    expect(labels(["auditor"], "bgs")).toEqual(["我的工作台", "审计记录", "修改密码", "网站首页"]);
  });

  it("a finalizer gets the banner; a publishing account does not", () => {
    expect(labels(["section_chief", "finalizer"], "xck")).toContain("紧急公告");
    expect(labels(["publisher"], "yzk")).not.toContain("紧急公告");
    expect(labels(["publisher"], "yzk")).toEqual(expect.arrayContaining(["信息发布审批", "来信办理", "栏目管理"]));
  });
});
