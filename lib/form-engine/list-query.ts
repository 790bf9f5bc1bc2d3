// The filters and page of a record list, read from the page's GET parameters (filters are not
// secrets, so a bookmarkable URL is right), and the SQL they add to the where-builder's condition.
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { beijingDayEnd, beijingDayStart } from "@/lib/time/beijing";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => !Number.isNaN(beijingDayStart(v).getTime()));
const text = (max: number) => z.string().trim().max(max).transform((v) => v || undefined);

const listQuerySchema = z.object({
  form: text(64).optional().catch(undefined),
  state: text(64).optional().catch(undefined),
  section: text(64).optional().catch(undefined),
  /** 创建日期 from / to, Beijing calendar days, both included. */
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  q: text(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).catch(20).default(20),
});

export type ListQuery = Partial<z.infer<typeof listQuerySchema>>;

type Params = Record<string, string | string[] | undefined>;

/** Unknown or malformed parameters are ignored rather than refused: a list always shows. */
export function parseListQuery(params: Params, prefix = ""): ListQuery {
  const one = (k: string) => {
    const v = params[prefix + k];
    return Array.isArray(v) ? v[0] : v;
  };
  return listQuerySchema.parse(Object.fromEntries(Object.keys(listQuerySchema.shape).map((k) => [k, one(k)])));
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The filters as SQL on form_records aliased `r`. */
export function filterWhere(q: ListQuery): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (q.form) parts.push(Prisma.sql`r."formKey" = ${q.form}`);
  if (q.state) parts.push(Prisma.sql`r.state = ${q.state}`);
  if (q.section) parts.push(Prisma.sql`r."sectionId" = ${q.section}`);
  if (q.from) parts.push(Prisma.sql`r."createdAt" >= ${beijingDayStart(q.from)}`);
  if (q.to) parts.push(Prisma.sql`r."createdAt" <= ${beijingDayEnd(q.to)}`);
  if (q.q) parts.push(Prisma.sql`r.title ILIKE ${`%${escapeLike(q.q)}%`}`);
  return Prisma.join(parts, " AND ");
}

/** A link to the same list with some parameters changed (pagination keeps the filters). */
export function listHref(path: string, q: ListQuery, change: Partial<ListQuery>, prefix = ""): string {
  const merged: Record<string, unknown> = { ...q, ...change };
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) {
    if (v === undefined || v === "" || (k === "page" && v === 1) || (k === "pageSize" && v === 20)) continue;
    sp.set(prefix + k, String(v));
  }
  const s = sp.toString();
  return s ? `${path}?${s}` : path;
}
