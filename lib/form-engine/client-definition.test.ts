import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { columnAssignment } from "@/forms/column-assignment";
import { publicationApproval } from "@/forms/publication-approval";
import { clientDefinition } from "./client-definition";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

describe("the client projection of a definition", () => {
  it("is plain data: no guards, effects, state functions or parties", () => {
    for (const def of [publicationApproval, columnAssignment]) {
      const c = clientDefinition(def);
      // Survives the trip to the browser unchanged (React serialises props the same way).
      expect(JSON.parse(JSON.stringify(c))).toEqual(c);
      for (const a of c.actions) for (const k of ["guards", "effects", "to", "by", "when"]) expect(a, `${def.key}/${a.key}`).not.toHaveProperty(k);
    }
    expect(clientDefinition(publicationApproval, ["submit"]).actions.map((a) => a.key)).toEqual(["submit"]);
  });

  it("is what client components get: none imports a definition module or seed data", () => {
    const offenders = [...sourceFiles(path.join(ROOT, "components")), ...sourceFiles(path.join(ROOT, "app"))]
      .filter((f) => /^["']use client["']/m.test(fs.readFileSync(f, "utf8")))
      .filter((f) => /from ["']@\/(forms(\/index)?|prisma\/seed\/[^"']+|lib\/form-engine\/registry)["']/.test(fs.readFileSync(f, "utf8")))
      .map((f) => path.relative(ROOT, f));
    // The public letter form still renders the mailbox definition's citizen fields itself; it
    // imports no seed data (the mailbox moves onto the engine's public start in issue 11).
    expect(offenders.filter((f) => f !== "app/(public)/mailbox/letter-form.tsx")).toEqual([]);
  });
});
