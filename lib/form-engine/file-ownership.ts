// Who may put an uploaded file into a record. A file is readable by everyone who may see a record
// linking it (lib/content/upload-access.ts), so linking a file is granting access to it: a file
// name new to the record must be one the acting account uploaded itself. Files already on the
// record (a colleague editing a returned draft keeps the drafter's files) and files a derived
// record copies from its source stay allowed. Public uploads do not exist: a signed-out step may
// add no file at all.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { FieldErrors } from "./errors";
import type { FormData, FormDefinition } from "./types";

type Reader = Pick<Db | Prisma.TransactionClient, "storedUpload">;

// Every way a stored file is linked: `/api/uploads/<uuid>.<ext>` anywhere in a value (a file
// field's url, an image in rich text, a pasted link in a text field). Looser than the stored-name
// rule on purpose, so a name in any casing counts as a reference and is checked.
const LINK = /\/api\/uploads\/([0-9A-Fa-f-]{36}\.[A-Za-z]{2,4})/g;

const UPLOAD_URL = /^\/api\/uploads\/[0-9a-f-]{36}\.[a-z]{2,4}$/;

/** The stored file names a value links, at any depth. */
export function fileRefsOf(value: unknown): Set<string> {
  const text = JSON.stringify(value ?? null);
  return new Set(Array.from(text.matchAll(LINK), (m) => m[1] as string));
}

/** What a record already holds and may keep: the names it links and its file entries' urls. */
export function keptFilesOf(data: FormData | undefined): Set<string> {
  const kept = fileRefsOf(data);
  for (const v of Object.values(data ?? {})) if (Array.isArray(v)) for (const e of v) if (e && typeof e === "object" && "url" in e && typeof e.url === "string") kept.add(e.url);
  return kept;
}

// A file field's entry must be an upload of this system: an outside or made-up url is no file.
function strangeUrls(def: Pick<FormDefinition, "fields">, data: FormData, allowed: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of def.fields) {
    const v = data[f.key];
    if ((f.type !== "attachments" && f.type !== "images") || !Array.isArray(v)) continue;
    const n = v.filter((e) => {
      const url = e && typeof e === "object" && "url" in e ? e.url : null;
      return typeof url !== "string" || (!UPLOAD_URL.test(url) && !allowed.has(url));
    }).length;
    if (n) out.set(f.key, n);
  }
  return out;
}

/**
 * Refuses (FieldErrors, before anything is written) a step whose data links a file that is not
 * among `allowed` and was not uploaded by `uploaderId`; the message stands beside the field.
 */
export async function checkFileOwnership(db: Reader, def: Pick<FormDefinition, "fields">, data: FormData, allowed: ReadonlySet<string>, uploaderId: string | null) {
  const known = new Set(def.fields.map((f) => f.key));
  // Keys outside the definition are judged too, under "_": nothing unchecked reaches the row.
  const byField = new Map<string, string[]>();
  for (const [key, value] of Object.entries(data)) {
    const fresh = [...fileRefsOf(value)].filter((n) => !allowed.has(n));
    if (fresh.length) byField.set(known.has(key) ? key : "_", [...(byField.get(known.has(key) ? key : "_") ?? []), ...fresh]);
  }
  const strange = strangeUrls(def, data, allowed);
  if (byField.size === 0 && strange.size === 0) return;
  const names = [...new Set([...byField.values()].flat())];
  const own = uploaderId && names.length
    ? new Set((await db.storedUpload.findMany({ where: { name: { in: names }, uploaderId }, select: { name: true } })).map((r) => r.name))
    : new Set<string>();
  const errors: Record<string, string> = {};
  for (const [key, n] of strange) errors[key] = `“${def.fields.find((f) => f.key === key)?.label ?? key}”中有${n}个文件不是在本系统上传的，请删除后重新上传。`;
  for (const [key, refs] of byField) {
    const foreign = refs.filter((n) => !own.has(n));
    if (!foreign.length || errors[key]) continue;
    const field = def.fields.find((f) => f.key === key);
    const label = field && "label" in field ? `“${field.label}”` : "";
    errors[key] = `${label}中有${foreign.length}个文件不是本账号上传的，不能添加到本事项。请删除该文件后，自行上传所需文件。`;
  }
  if (Object.keys(errors).length) throw new FieldErrors(errors);
}
