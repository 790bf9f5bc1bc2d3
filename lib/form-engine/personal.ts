// Personal data (DESIGN §9): fields a definition marks `personal` are shown in full only to
// those handling the case — the parties of its workflow, by the engine's authorization
// (canView) — and each such view is audited; everyone and everything else (lists, PDFs for
// others, exports) gets them masked, and a public projection never carries them at all.
import type { Actor } from "@/lib/auth/login";
import { recordPersonalDataView } from "@/lib/audit/personal-data";
import type { Db } from "@/lib/db/client";
import { canView, type ActorFacts, type RecordFacts } from "./authorize";
import type { DataField, FormData, FormDefinition, PersonalKind } from "./types";

export const personalFields = (def: FormDefinition): DataField[] => def.fields.filter((f) => f.personal);

/** The mask for a field: its declared kind, or one guessed from its key. */
export function personalKind(f: DataField): PersonalKind | "other" {
  if (typeof f.personal === "string") return f.personal;
  if (/name/i.test(f.key)) return "name";
  if (/phone|mobile|tel/i.test(f.key)) return "phone";
  if (/id(card|number|no)/i.test(f.key)) return "idNumber";
  if (/mail/i.test(f.key)) return "email";
  if (/addr/i.test(f.key)) return "address";
  return "other";
}

const stars = (n: number) => "*".repeat(Math.max(n, 2));

/** 张** · 138****5678 · 4452**********1234 · z***@example.com · 广东省揭阳市**** */
export function maskValue(kind: PersonalKind | "other", value: string): string {
  const v = value.trim();
  if (!v) return "";
  const chars = [...v];
  switch (kind) {
    case "phone":
      return chars.length >= 7 ? `${chars.slice(0, 3).join("")}****${chars.slice(-4).join("")}` : stars(chars.length);
    case "idNumber":
      return chars.length > 8 ? `${chars.slice(0, 4).join("")}${stars(chars.length - 8)}${chars.slice(-4).join("")}` : stars(chars.length);
    case "email": {
      const at = v.indexOf("@");
      return at > 0 ? `${chars[0]}***${v.slice(at)}` : `${chars[0]}***`;
    }
    case "address":
      return `${chars.slice(0, Math.min(6, Math.ceil(chars.length / 2))).join("")}****`;
    default:
      return `${chars[0]}**`;
  }
}

/** The data with every personal field masked (for lists, exports and anyone not handling the case). */
export function maskPersonal(def: FormDefinition, data: FormData): FormData {
  const out: FormData = { ...data };
  for (const f of personalFields(def)) {
    const v = out[f.key];
    if (typeof v === "string" && v) out[f.key] = maskValue(personalKind(f), v);
  }
  return out;
}

/** The data with the personal fields removed: the only shape a public projection may start from. */
export function withoutPersonal(def: FormDefinition, data: FormData): FormData {
  const out: FormData = { ...data };
  for (const f of personalFields(def)) delete out[f.key];
  return out;
}

/** Who handles the case: the parties of its workflow (the engine's one visibility rule). */
export const handlesCase = (def: FormDefinition, actor: ActorFacts | null, facts: RecordFacts) => canView(def, actor, facts);

/**
 * The record's data for this actor: in full (and the view audited) for those handling the case,
 * masked for anyone else. Call it wherever a page, PDF or export shows a record's fields.
 */
export async function personalDataView(
  db: Db,
  actor: Pick<Actor, "id" | "username" | "sectionId" | "roles">,
  rec: { def: FormDefinition; recordId: string; facts: RecordFacts; data: FormData },
  opts: { ip?: string | null; purpose?: "view" | "print" | "export" } = {},
): Promise<{ data: FormData; masked: boolean }> {
  const shown = personalFields(rec.def).filter((f) => typeof rec.data[f.key] === "string" && rec.data[f.key] !== "");
  if (!handlesCase(rec.def, actor, rec.facts)) return { data: maskPersonal(rec.def, rec.data), masked: shown.length > 0 };
  if (shown.length > 0) {
    await recordPersonalDataView(db, actor, { objectType: "form_record", objectId: rec.recordId, fields: shown.map((f) => f.label), ip: opts.ip, purpose: opts.purpose, formKey: rec.def.key });
  }
  return { data: rec.data, masked: false };
}
