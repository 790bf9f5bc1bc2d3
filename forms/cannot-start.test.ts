// The new-record page's refusal comes from the definition: the publication approval keeps its
// Art. 9/16 explanation, and no other form borrows it.
import { describe, expect, it } from "vitest";
import { cannotStartMessage } from "@/lib/form-engine/start-refusal";
import { circular } from "./circular";
import { emergencyBanner } from "./emergency-banner";
import { publicationApproval } from "./publication-approval";

describe("what an account that may not create a record is told", () => {
  it("each form says its own rule, or names itself", () => {
    expect(cannotStartMessage(publicationApproval)).toBe("您的账号不能新建网站信息发布审批表。发布信息须由科室发布账号（信息员）填写（第九条、第十六条）。");
    expect(cannotStartMessage(emergencyBanner)).toMatch(/^您的账号不能提请紧急公告。.*第七条/);
    expect(cannotStartMessage(circular)).toBe("您的账号不能新建“通报”。");
    for (const def of [emergencyBanner, circular]) expect(cannotStartMessage(def)).not.toContain("发布信息须由科室发布账号");
  });
});
