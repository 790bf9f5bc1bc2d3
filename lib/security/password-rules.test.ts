import { describe, expect, it } from "vitest";
import { passwordExpired, passwordProblem } from "./password-rules";
import { DEFAULT_POLICY } from "./policy";

describe("password policy", () => {
  it("accepts 8+ characters from 3 classes", () => {
    expect(passwordProblem("Jieyang@2016", DEFAULT_POLICY)).toBeNull();
    expect(passwordProblem("abcdef12A", DEFAULT_POLICY)).toBeNull();
  });
  it("refuses short passwords and too few classes with a Chinese reason", () => {
    expect(passwordProblem("Ab1@x", DEFAULT_POLICY)).toBe("密码至少需要8位。");
    expect(passwordProblem("abcdefgh12", DEFAULT_POLICY)).toMatch(/至少3类/);
    expect(passwordProblem("ABCDEFGH", DEFAULT_POLICY)).toMatch(/至少3类/);
  });
  it("follows a stricter policy", () => {
    expect(passwordProblem("Jieyang@2016", { passwordMinLength: 14, passwordMinClasses: 3 })).toMatch(/14位/);
    expect(passwordProblem("Jieyang2016x", { passwordMinLength: 8, passwordMinClasses: 4 })).toMatch(/至少4类/);
  });
  it("refuses a password containing the username", () => {
    expect(passwordProblem("Yzk@2016abc", DEFAULT_POLICY, "yzk")).toBe("密码不能包含用户名。");
  });
  it("refuses common passwords from the shipped list, in any letter case", () => {
    for (const pw of ["Password1", "Abcdefg1", "P@ssw0rd", "Qwerty123", "PASSWORd1"]) {
      expect(passwordProblem(pw, DEFAULT_POLICY), pw).toBe("该密码属于常见弱密码，容易被猜中，请换一个。");
    }
  });
  it("expires after the set number of days", () => {
    const now = new Date("2026-11-26T00:00:00Z");
    const day = 24 * 60 * 60 * 1000;
    expect(passwordExpired(new Date(now.getTime() - 89 * day), DEFAULT_POLICY, now)).toBe(false);
    expect(passwordExpired(new Date(now.getTime() - 91 * day), DEFAULT_POLICY, now)).toBe(true);
    expect(passwordExpired(new Date(now.getTime() - 11 * day), { passwordMaxAgeDays: 10 }, now)).toBe(true);
  });
});
