import { describe, expect, it, vi } from "vitest";
import { AppError, userMessageOf } from "./errors";
import { FieldErrors } from "./form-engine/errors";

describe("errors thrown by another bundle's copy of the module", () => {
  it("are still recognised, so their Chinese message reaches the user", async () => {
    vi.resetModules();
    const other = await import("./errors");
    const otherFields = await import("./form-engine/errors");
    expect(other.AppError).not.toBe(AppError);
    const refusal = new other.AppError("classified_unconfirmed", "须经审核人确认不涉密后才能推送。");
    expect(refusal instanceof AppError).toBe(true);
    expect(userMessageOf(refusal)).toBe("须经审核人确认不涉密后才能推送。");
    const fields = new otherFields.FieldErrors({ secret: "涉密信息不得上网" });
    expect(fields instanceof FieldErrors).toBe(true);
    expect(fields instanceof AppError).toBe(true);
  });

  it("do not turn other errors into user messages", () => {
    expect(new AppError("x", "y") instanceof FieldErrors).toBe(false);
    expect(new Error("internal") instanceof AppError).toBe(false);
    expect(({ code: "x", userMessage: "forged" }) instanceof AppError).toBe(false);
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(userMessageOf(new Error("db down"))).toBe("系统繁忙，请稍后再试。如问题持续，请联系信息统计科。");
    spy.mockRestore();
  });
});
