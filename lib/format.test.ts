import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./format";

describe("formatDateTime", () => {
  it("shows Beijing time as YYYY-MM-DD HH:MM", () => {
    expect(formatDateTime(new Date("2026-10-01T01:05:00Z"))).toBe("2026-10-01 09:05");
  });
  it("rolls over midnight in Beijing, not UTC", () => {
    expect(formatDateTime(new Date("2026-12-31T16:30:00Z"))).toBe("2027-01-01 00:30");
    expect(formatDate(new Date("2026-12-31T16:30:00Z"))).toBe("2027-01-01");
  });
});
