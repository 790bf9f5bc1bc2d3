import { describe, expect, it } from "vitest";
import { mailboxLetter } from "@/forms/mailbox-letter";
import { defineForm } from "../define";
import type { FormDefinition } from "../types";

const withPublic = (over: Partial<NonNullable<FormDefinition["public"]>>, actions = mailboxLetter.actions) =>
  () => defineForm({ ...mailboxLetter, actions, public: { ...mailboxLetter.public!, ...over } });

describe("a definition's public block is checked when it loads", () => {
  it("accepts the mailbox letter's", () => {
    expect(withPublic({})).not.toThrow();
  });

  it("refuses a start action without a public party, a second factor outside the form, an unknown field or event, a bad slug", () => {
    expect(withPublic({ start: "forward" })).toThrow(/public start forward/);
    expect(withPublic({ lookup: { ...mailboxLetter.public!.lookup, secondFactor: { field: "reply", digits: 4, label: "x" } } })).toThrow(/second factor/);
    expect(withPublic({ citizenSees: { fields: ["nope"], events: [] } })).toThrow(/unknown field nope/);
    expect(withPublic({ citizenSees: { fields: [], events: ["nope"] } })).toThrow(/unknown action nope/);
    expect(withPublic({ slug: "../staff" })).toThrow(/route segment/);
  });

  it("refuses a status page that shows an unknown clock, or a registration number the definition never gives", () => {
    expect(withPublic({ citizenSees: { fields: [], events: [], clocks: ["nope"] } })).toThrow(/unknown clock nope/);
    const mailboxWithout = { ...mailboxLetter, numbering: undefined };
    expect(() => defineForm({ ...mailboxWithout, public: { ...mailboxLetter.public!, citizenSees: { fields: [], events: [], registration: { numberLabel: "编号", dateLabel: "日期" } } } })).toThrow(/no numbering/);
  });

  it("keeps citizen steps and citizenActions in step: a citizen action must list the citizen party, and a citizen party must be listed", () => {
    expect(withPublic({ citizenActions: ["answer"] })).toThrow(/citizen action answer/);
    const actions = mailboxLetter.actions.map((a) => (a.key === "return" ? { ...a, by: [{ kind: "citizen" as const }] } : a));
    expect(withPublic({}, actions)).toThrow(/lists a citizen party but is not in citizenActions/);
  });
});
