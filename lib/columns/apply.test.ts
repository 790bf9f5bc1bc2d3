import { describe, expect, it } from "vitest";
import { rowsOf } from "./apply";

describe("reading the change rows of a record", () => {
  it("trims every cell and fills missing ones with empty strings", () => {
    expect(rowsOf([{ op: "section", column: " blood-donation ", sectionId: "xck" }])).toEqual([
      { op: "section", column: "blood-donation", name: "", parent: "", sectionId: "xck", interval: "", target: "" },
    ]);
  });

  it("reads anything but a list as no rows", () => {
    expect(rowsOf(null)).toEqual([]);
    expect(rowsOf("add")).toEqual([]);
  });
});
