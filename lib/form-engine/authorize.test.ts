import { describe, expect, it } from "vitest";
import { publicationApproval as def } from "@/forms/publication-approval";
import { allowedActions, assertCan, canView, partyMatches, type ActorFacts, type RecordFacts } from "./authorize";

const rec = (state: string, over: Partial<RecordFacts> = {}): RecordFacts => ({ state, sectionId: "yzk", overseerId: "fjz2-id", data: { special: "no" }, signedParties: [], ...over });
const who = (id: string, sectionId: string, ...roles: string[]): ActorFacts => ({ id, sectionId, roles });
const yzk = who("yzk-id", "yzk", "publisher");
const chief = who("chief-id", "yzk", "section_chief");
const otherChief = who("x-id", "xck", "section_chief");
const fjz2 = who("fjz2-id", "leaders", "deputy_director");
const fjz1 = who("fjz1-id", "leaders", "deputy_director");
const xxtjk = who("xx-id", "xxtjk", "section_chief", "finalizer");
const xck = who("xc-id", "xck", "section_chief", "finalizer");

describe("who may act, resolved relative to the record", () => {
  it("resolves the section's publisher and chief, not another section's", () => {
    expect(partyMatches({ kind: "publisher" }, yzk, rec("draft"))).toBe(true);
    expect(partyMatches({ kind: "chief" }, chief, rec("draft"))).toBe(true);
    expect(partyMatches({ kind: "chief" }, otherChief, rec("draft"))).toBe(false);
  });

  it("resolves the chief of one named section, whatever the record's section", () => {
    const bgsChief = who("bgs-kz-id", "bgs", "section_chief");
    const bgsPublisher = who("bgs-id", "bgs", "publisher");
    expect(partyMatches({ kind: "chiefOf", sectionId: "bgs", label: "局办公室" }, bgsChief, rec("draft"))).toBe(true);
    expect(partyMatches({ kind: "chiefOf", sectionId: "bgs", label: "局办公室" }, chief, rec("draft"))).toBe(false);
    expect(partyMatches({ kind: "chiefOf", sectionId: "bgs", label: "局办公室" }, bgsPublisher, rec("draft"))).toBe(false);
  });

  it("resolves one named leader by account name and a leader's role, nobody else", () => {
    const party = { kind: "leader", username: "fjz2", label: "副局长" } as const;
    expect(partyMatches(party, { ...fjz2, username: "fjz2" }, rec("opinions"))).toBe(true);
    expect(partyMatches(party, { ...fjz1, username: "fjz1" }, rec("opinions"))).toBe(false);
    // The name alone is not enough: an account called fjz2 without a leader's role does not match.
    expect(partyMatches(party, { ...yzk, username: "fjz2" }, rec("opinions"))).toBe(false);
    expect(partyMatches({ kind: "leader", username: "jz", label: "局长" }, { id: "jz-id", username: "jz", sectionId: "ld", roles: ["director"] }, rec("opinions"))).toBe(true);
    expect(partyMatches(party, null, rec("opinions"))).toBe(false);
  });

  it("resolves the deputy overseeing the record's section", () => {
    expect(partyMatches({ kind: "overseer" }, fjz2, rec("deputy_review"))).toBe(true);
    expect(partyMatches({ kind: "overseer" }, fjz1, rec("deputy_review"))).toBe(false);
  });

  it("needs both finalizers, each once", () => {
    expect(allowedActions(def, xxtjk, rec("finalizing")).map((a) => a.key)).toEqual(["finalize", "finalize_return"]);
    const half = rec("finalizing", { signedParties: ["finalizer:xxtjk"] });
    expect(allowedActions(def, xxtjk, half).map((a) => a.key)).toEqual(["finalize_return"]);
    expect(() => assertCan(def, xxtjk, "finalize", half)).toThrow(/您已审定/);
    expect(allowedActions(def, xck, half).map((a) => a.key)).toContain("finalize");
  });

  it("offers the office step only for 特别重大 items", () => {
    const office = who("o", "bgs", "section_chief", "office_reviewer");
    expect(allowedActions(def, office, rec("office_review", { data: { special: "yes" } })).map((a) => a.key)).toContain("office_approve");
    expect(allowedActions(def, office, rec("office_review", { data: { special: "no" } })).map((a) => a.key)).not.toContain("office_approve");
  });

  it("explains refusals in Chinese and hides records from outsiders", () => {
    expect(() => assertCan(def, chief, "push", rec("approved"))).toThrow(/您无权对此事项执行“推送”/);
    expect(() => assertCan(def, yzk, "push", rec("draft"))).toThrow(/当前状态为“草稿”，不能执行“推送”/);
    expect(() => assertCan(def, null, "save", rec("draft"))).toThrow(/请先登录/);
    expect(canView(def, otherChief, rec("draft"))).toBe(false);
    expect(canView(def, fjz2, rec("draft"))).toBe(true);
  });
});

describe("parties for later definitions (a letter forwarded to a section)", () => {
  const letter = {
    ...def, key: "letter-like",
    actions: [
      { key: "send", label: "提交", from: ["new"], to: "draft", by: [{ kind: "public" as const }] },
      { key: "forward", label: "转办", from: ["draft"], to: "draft", by: [{ kind: "publisherOf" as const, sectionId: "bgs" }] },
      { key: "reply", label: "答复", from: ["draft"], to: "draft", by: [{ kind: "publisher" as const, sectionField: "handler" }] },
    ],
  };
  const facts = (state: string, handler = "") => rec(state, { sectionId: null, overseerId: null, data: { handler } });
  const bgs = who("bgs-id", "bgs", "publisher");

  it("lets a signed-out person take a public action through the public entry only, and never see the record by it", () => {
    expect(() => assertCan(letter, null, "send", { ...facts("new"), entry: "public" })).not.toThrow();
    // The staff path never sets the entry: signed out or signed in, the public step is refused there.
    expect(() => assertCan(letter, null, "send", facts("new"))).toThrow(/无权/);
    expect(() => assertCan(letter, bgs, "send", facts("new"))).toThrow(/无权/);
    expect(canView(letter, null, facts("draft"))).toBe(false);
    expect(allowedActions(letter, xck, facts("draft", "yzk")).map((a) => a.key)).toEqual([]);
  });

  it("resolves a named section's account and the section chosen in a field", () => {
    expect(allowedActions(letter, bgs, facts("draft")).map((a) => a.key)).toEqual(["forward"]);
    expect(allowedActions(letter, yzk, facts("draft", "yzk")).map((a) => a.key)).toEqual(["reply"]);
    expect(allowedActions(letter, yzk, facts("draft", "")).map((a) => a.key)).toEqual([]);
    expect(canView(letter, yzk, facts("draft", "yzk"))).toBe(true);
  });
});
