import { describe, expect, it } from "vitest";
import { FORMS } from "@/forms";
import { registerForm } from "@/lib/form-engine/registry";
import { fullyApproved } from "./approval";

for (const def of FORMS) registerForm(def);
const ev = (action: string, toState: string) => ({ action, toState });

describe("an article's whole approval path, read from its record's events", () => {
  it("is the last 审定 of the 审批表, not the first signature or an earlier step", () => {
    expect(fullyApproved("publication-approval", [ev("submit", "chief_review"), ev("finalize", "finalizing"), ev("finalize", "published")])).toBe(true);
    expect(fullyApproved("publication-approval", [ev("submit", "chief_review"), ev("finalize", "finalizing")])).toBe(false);
    // A record whose state column was set to published without the steps (a forged row).
    expect(fullyApproved("publication-approval", [ev("chief_approve", "published")])).toBe(false);
    // 标记废止 keeps a published record published; on its own it proves nothing.
    expect(fullyApproved("publication-approval", [ev("mark_validity", "published")])).toBe(false);
  });

  it("is the last 补签 of a 紧急发布, and the deputy's approval of the annual report", () => {
    expect(fullyApproved("publication-approval", [ev("urgent_leader_approve", "urgent_published"), ev("urgent_countersign", "urgent_published")])).toBe(false);
    expect(fullyApproved("publication-approval", [ev("urgent_leader_approve", "urgent_published"), ev("urgent_countersign", "published")])).toBe(true);
    expect(fullyApproved("annual-report", [ev("submit", "deputy_review"), ev("approve", "published")])).toBe(true);
    expect(fullyApproved("no-such-form", [ev("finalize", "published")])).toBe(false);
  });
});
