import { describe, expect, it } from "vitest";
import "@/forms/server";
import { describeAuditAction, describeAuditObject } from "./describe";

describe("the audit viewer speaks Chinese", () => {
  it("names logins, account changes and their reasons", () => {
    expect(describeAuditAction("login.success", null)).toBe("登录成功");
    expect(describeAuditAction("login.failure", { reason: "wrong_password" })).toBe("登录失败（密码错误）");
    expect(describeAuditAction("account.locked", { failures: "5", minutes: "30" })).toBe("账号被锁定（连续失败 5 次，锁定 30 分钟）");
  });

  it("names a workflow step by the form, the button and the states", () => {
    expect(describeAuditAction("form.transition", { formKey: "publication-approval", action: "chief_approve", from: "chief_review", to: "deputy_review" }))
      .toBe("网站信息发布审批表 · 审核通过（待科室领导审核 → 待局分管领导审批）");
  });

  it("names a refused classified attempt by the form and the button, with nothing of the content", () => {
    expect(describeAuditAction("form.refused", { formKey: "publication-approval", action: "save", field: "secret" }))
      .toBe("拒绝办理（涉密信息未保存）：网站信息发布审批表 · 保存草稿");
  });

  it("names the object by its title, and keeps an unknown code readable", () => {
    expect(describeAuditObject("form_record", "c1", "无偿献血倡议书", null)).toBe("事项“无偿献血倡议书”");
    expect(describeAuditObject("account", "a1", undefined, { username: "yzk" })).toBe("账号“yzk”");
    expect(describeAuditAction("something.new", null)).toBe("something.new");
  });
});
