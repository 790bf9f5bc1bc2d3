// Every demo role, an account of another section and anonymous, crossed with every state and
// every action of the publication approval form, on records of 医政科 in the real database.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/login";
import { db } from "@/test/integration/db";
import { can, canView, type RecordFacts } from "./authorize";
import { factsOf, loadRecord } from "./records";
import { getForm } from "./registry";
import { actorOf } from "./test-actors";
import { canAct } from "./transition";

const def = getForm("publication-approval")!;

// Demo roles: publisher, section_chief, deputy_director (overseeing 医政科), office_reviewer,
// director, the two finalizers, reporter, the three administrators; then accounts of other
// sections (a publisher, a chief, a deputy not overseeing 医政科) and anonymous.
const USERS = ["yzk", "yzk-kz", "fjz2", "bgs-kz", "jz", "xxtjk-kz", "xck-kz", "wsjds-xxy", "sysadmin", "secadmin", "auditor", "xck", "jkk-kz", "fjz1", null] as const;

// "finalizing-half": 信息统计科 has signed 审定, 宣传科 has not.
// "chief_review-urgent": marked 紧急发布; "urgent_published-half": 信息统计科 has given its 补签.
const STATES = ["draft", "chief_review", "office_review", "deputy_review", "director_review", "approved", "finalizing", "finalizing-half", "published", "withdrawn",
  "chief_review-urgent", "urgent_leader_review", "urgent_published", "urgent_published-half"] as const;

const FIN = ["xxtjk-kz", "xck-kz"];
// Any bureau leader: the deputy overseeing 医政科, the director, a deputy overseeing other sections.
const LEADERS = ["fjz2", "jz", "fjz1"];
// Who may take each action in each state; every other cell must be refused.
const ALLOWED: Record<(typeof STATES)[number], Record<string, string[]>> = {
  draft: { save: ["yzk"], submit: ["yzk"] },
  chief_review: { save: ["yzk"], chief_approve: ["yzk-kz"], chief_return: ["yzk-kz"] },
  office_review: { save: ["yzk"], office_approve: ["bgs-kz"], office_return: ["bgs-kz"] },
  deputy_review: { save: ["yzk"], deputy_approve: ["fjz2"], deputy_return: ["fjz2"] },
  director_review: { save: ["yzk"], director_approve: ["jz"], director_return: ["jz"] },
  approved: { save: ["yzk"], push: ["yzk"] },
  finalizing: { finalize: FIN, finalize_return: FIN },
  "finalizing-half": { finalize: ["xck-kz"], finalize_return: FIN },
  // The published item is a document (文件信息 set), so its section may mark it 废止/失效 (issue 12).
  published: { withdraw: FIN, mark_validity: ["yzk"] },
  withdrawn: {},
  "chief_review-urgent": { save: ["yzk"], chief_approve: ["yzk-kz"], chief_return: ["yzk-kz"], urgent_chief_approve: ["yzk-kz"] },
  urgent_leader_review: { urgent_leader_approve: LEADERS, urgent_leader_return: LEADERS },
  urgent_published: { urgent_countersign: ["fjz2", ...FIN], urgent_withdraw: [...FIN, ...LEADERS] },
  "urgent_published-half": { urgent_countersign: ["fjz2", "xck-kz"], urgent_withdraw: [...FIN, ...LEADERS] },
};

const recordIds = new Map<string, string>();
const actors = new Map<string, Actor | null>();

beforeAll(async () => {
  const column = await db().column.findUniqueOrThrow({ where: { slug: "blood-donation" } });
  const xxtjk = await actorOf(db(), "xxtjk-kz");
  for (const s of STATES) {
    const state = s.replace(/-(half|urgent)$/, "");
    const special = state === "office_review" || state === "director_review" ? "yes" : "no";
    const urgent = s.startsWith("urgent") || s.endsWith("-urgent") ? "yes" : "no";
    const rec = await db().formRecord.create({
      data: { formKey: def.key, state, sectionId: "yzk", title: `矩阵 ${s}`, data: { secret: "no", title: `矩阵 ${s}`, body: "<p>正文</p>", column: column.id, publishDate: "2026-01-01", special, urgent, ...(s === "published" ? { docType: "normative" } : {}) } },
    });
    if (s === "finalizing-half")
      await db().formEvent.create({ data: { recordId: rec.id, seq: 1, action: "finalize", fromState: "finalizing", toState: "finalizing", actorId: xxtjk.id, actorName: xxtjk.displayName, contentHash: "x", detail: { party: "finalizer:xxtjk" } } });
    if (s === "urgent_published-half")
      await db().formEvent.create({ data: { recordId: rec.id, seq: 1, action: "urgent_countersign", fromState: "urgent_published", toState: "urgent_published", actorId: xxtjk.id, actorName: xxtjk.displayName, contentHash: "x", detail: { party: "finalizer:xxtjk" } } });
    recordIds.set(s, rec.id);
  }
  for (const u of USERS) actors.set(String(u), u ? await actorOf(db(), u) : null);
});

describe("authorization matrix of the publication approval form", () => {
  it("allows exactly the expected cells and refuses all others", async () => {
    const actions = def.actions.map((a) => a.key);
    let evaluated = 0;
    const wrong: string[] = [];
    for (const s of STATES) {
      // Loaded once per state from the database, then judged as canAct() and transition() do.
      const facts: RecordFacts = factsOf(def, (await loadRecord(db(), recordIds.get(s)!))!);
      for (const a of actions) {
        for (const u of USERS) {
          const expected = (ALLOWED[s][a] ?? []).includes(String(u));
          const actor = actors.get(String(u)) ?? null;
          const actual = canView(def, actor, facts) && can(def, actor, a, facts);
          evaluated++;
          if (actual !== expected) wrong.push(`${u ?? "anonymous"} × ${s} × ${a}: expected ${expected ? "allowed" : "refused"}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    // The guard: every cell was evaluated (15 actors × 14 states × 21 actions).
    expect(actions).toHaveLength(21);
    expect(evaluated).toBe(USERS.length * STATES.length * actions.length);
    expect(evaluated).toBe(4410);
  });

  it("gives the same answers through canAct, which loads the record per call", async () => {
    expect(await canAct(db(), actors.get("xck-kz")!, recordIds.get("finalizing-half")!, "finalize")).toBe(true);
    expect(await canAct(db(), actors.get("xxtjk-kz")!, recordIds.get("finalizing-half")!, "finalize")).toBe(false);
    expect(await canAct(db(), actors.get("fjz1")!, recordIds.get("deputy_review")!, "deputy_approve")).toBe(false);
    expect(await canAct(db(), null, recordIds.get("draft")!, "submit")).toBe(false);
  });

  it("lists in ALLOWED only actions and states that exist", () => {
    const keys = new Set(def.actions.map((a) => a.key));
    for (const s of STATES) for (const a of Object.keys(ALLOWED[s])) expect(keys.has(a), a).toBe(true);
  });
});
