import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/login";
import { actorOf } from "@/lib/form-engine/test-actors";
import { transition } from "@/lib/form-engine/transition";
import { db } from "@/test/integration/db";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));

const { GET } = await import("./route");

let recordId = "";
const get = async (username: string | null, id = recordId) => {
  session.actor = username ? await actorOf(db(), username) : null;
  return GET(new Request(`http://localhost/api/records/${id}/pdf`), { params: Promise.resolve({ id }) });
};

beforeAll(async () => {
  const column = await db().column.findUniqueOrThrow({ where: { slug: "blood-donation" } });
  const r = await transition(db(), await actorOf(db(), "yzk"), {
    formKey: "publication-approval", action: "submit",
    data: { secret: "no", title: "打印测试", body: "<p>正文</p>", column: column.id, publishDate: "2026-11-26", special: "no" },
  });
  recordId = r.recordId;
});

describe("GET /api/records/[id]/pdf", () => {
  it("gives the printed form to those who may see the record", async () => {
    for (const u of ["yzk", "yzk-kz", "fjz2", "xck-kz"]) {
      const res = await get(u);
      expect(res.status, u).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    }
  });

  it("answers 404 alike for other sections, anonymous and unknown records", async () => {
    for (const [u, id] of [["xck", recordId], ["jkk-kz", recordId], [null, recordId], ["yzk", "no-such-record"]] as const) {
      const res = await get(u, id);
      expect(res.status, String(u)).toBe(404);
      expect(await res.text()).toBe("未找到该事项，或您无权查看。");
    }
  });
});
