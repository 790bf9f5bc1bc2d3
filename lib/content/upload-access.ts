import { getDb } from "@/lib/db/client";
import { PUBLIC_ARTICLE_SQL } from "./visibility";

/**
 * Whether an uploaded file is linked from an article the public may see now (as an
 * attachment, an image or a 办事指南 material). Files of drafts, withdrawn items and items
 * not yet due stay with the staff: a random name is not an access rule.
 */
export async function isPubliclyLinked(storedName: string): Promise<boolean> {
  const needle = `%/api/uploads/${storedName.replace(/[%_\\]/g, "")}"%`;
  const rows = await getDb().$queryRaw<{ n: number }[]>`
    SELECT 1 AS n FROM articles a JOIN columns c ON c.id = a."columnId"
    WHERE ${PUBLIC_ARTICLE_SQL}
      AND (a.attachments::text LIKE ${needle} OR a.images::text LIKE ${needle} OR coalesce(a."serviceGuide"::text, '') LIKE ${needle})
    LIMIT 1`;
  return rows.length > 0;
}
