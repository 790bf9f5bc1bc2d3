import type { Actor } from "@/lib/auth/login";
import { getDb } from "@/lib/db/client";
import { canView } from "@/lib/form-engine/authorize";
import { factsOf, recordInclude } from "@/lib/form-engine/records";
import { getForm } from "@/lib/form-engine/registry";

// LIKE patterns matching the link `/api/uploads/<name>` followed by its closing quote: `"` in a
// text column or a JSON string value, `\"` where the link sits inside HTML stored in a JSON string
// (an image in a record's 正文). Stored names are `<uuid>.<ext>` (checked before this is called);
// stripping wildcards keeps any stray one literal.
const linkPatterns = (storedName: string): [string, string] => {
  const link = `%/api/uploads/${storedName.replace(/[%_\\]/g, "")}`;
  return [`${link}"%`, `${link}\\\\"%`];
};
import { PUBLIC_ARTICLE_SQL } from "./visibility";

/**
 * Whether an uploaded file is linked from an article the public may see now (as an
 * attachment, an image or a 办事指南 material). Files of drafts, withdrawn items and items
 * not yet due stay with the staff: a random name is not an access rule.
 */
export async function isPubliclyLinked(storedName: string): Promise<boolean> {
  const [needle] = linkPatterns(storedName);
  const rows = await getDb().$queryRaw<{ n: number }[]>`
    SELECT 1 AS n FROM articles a JOIN columns c ON c.id = a."columnId"
    WHERE ${PUBLIC_ARTICLE_SQL}
      AND (a.attachments::text LIKE ${needle} OR a.images::text LIKE ${needle} OR coalesce(a."serviceGuide"::text, '') LIKE ${needle}
        OR a."bodyHtml" LIKE ${needle})
    LIMIT 1`;
  return rows.length > 0;
}

/**
 * Who may download an upload (issue 15 item 14): anyone when a visible article links it;
 * otherwise a signed-in account that may see a record linking it (the record page's own rule,
 * `canView`), or the account that uploaded it and has not saved it in a record yet. A county
 * reporter or the auditor cannot read a draft's file by knowing its name.
 */
export async function mayReadUpload(storedName: string, uploaderId: string | null, actor: Actor | null): Promise<boolean> {
  if (await isPubliclyLinked(storedName)) return true;
  if (!actor) return false;
  if (uploaderId === actor.id) return true;
  const db = getDb();
  // The database finds the few records that link the file; each is then judged by the one rule.
  const [needle, inHtml] = linkPatterns(storedName);
  const linked = await db.$queryRaw<{ id: string }[]>`SELECT id FROM form_records WHERE data::text LIKE ${needle} OR data::text LIKE ${inHtml} LIMIT 20`;
  if (linked.length === 0) return false;
  const records = await db.formRecord.findMany({ where: { id: { in: linked.map((r) => r.id) } }, include: recordInclude });
  return records.some((r) => {
    const def = getForm(r.formKey);
    return def ? canView(def, actor, factsOf(def, r)) : false;
  });
}
