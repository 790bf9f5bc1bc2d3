import { describe, expect, it } from "vitest";
import { postedTransition } from "./form-post";

describe("a record form posted without JavaScript", () => {
  it("reads the step, the record, nested rows and the opinion", () => {
    const t = postedTransition([
      ["$ACTION_ID_abc", ""], ["__formKey", "column-assignment"], ["__recordId", "r1"], ["__version", "3"], ["__action", "submit"], ["__opinion", "同意"],
      ["__done", "/staff/mailbox/:id"], ["description", "调整"], ["changes.0.op", "hide"], ["changes.0.column", "news"], ["changes.1.op", "show"],
    ]);
    expect(t).toEqual({ formKey: "column-assignment", recordId: "r1", version: 3, action: "submit", opinion: "同意", done: "/staff/mailbox/:id",
      data: { description: "调整", changes: [{ op: "hide", column: "news" }, { op: "show" }] } });
  });

  it("creates a record when no id is posted, and never redirects off the site", () => {
    const t = postedTransition([["__formKey", "publication-approval"], ["__recordId", ""], ["__version", ""], ["__action", "save"], ["__done", "//evil.example/x"], ["body", "<p>正文</p>"]]);
    expect([t.recordId, t.version, t.done, t.data]).toEqual([null, null, "/staff/records/:id", { body: "<p>正文</p>" }]);
  });
});
