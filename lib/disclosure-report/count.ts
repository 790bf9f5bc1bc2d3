// Tables 二 and 三 of the annual report, counted in the database.
//
// Table 三 counts the 依申请公开 cases of one Beijing calendar year:
// - 本年新收: cases registered (登记) in the year. An application not yet registered is not counted.
// - 上年结转: cases registered before the year and not concluded when it began.
// - 本年度办理结果: cases concluded in the year (reaching a terminal state: answered with its outcome
//   code, or closed for 逾期不补正 with the code its state carries), by outcome code.
// - 结转下年度继续办理: cases registered by the end of the year and not concluded at its end.
// So 一 + 二 = 三(七) + 四 holds for the cases by construction; what is added by hand can break it.
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { beijingDayStart } from "@/lib/time/beijing";
import type { FormData } from "@/lib/form-engine/types";
import { ENDED } from "@/lib/content/document-meta";
import { addCount, type Counts } from "./template";

export interface CaseSource {
  formKey: string;
  /** The action that registers a case. */
  registeredBy: string;
  /** Terminal states, each with the outcome code it stands for, or null to read `outcomeField`. */
  concludedIn: Record<string, string | null>;
  outcomeField: string;
  /** Outcome values and their codes (the definition's choice options). */
  outcomeCodes: Record<string, string>;
  /** The code of a concluded case whose outcome has no code. */
  fallbackCode: string;
  applicantTypeField: string;
  personValue: string;
  orgKindField: string;
}

export const yearBounds = (year: number) => ({ start: beijingDayStart(`${year}-01-01`), end: beijingDayStart(`${year + 1}-01-01`) });

/** Counts by row and column for `year` (rows 一, 二, the outcome codes and 四). */
export async function countCases(db: Db, src: CaseSource, year: number): Promise<Counts> {
  const { start, end } = yearBounds(year);
  const states = Object.keys(src.concludedIn);
  const stateCodes = states.map((s) => src.concludedIn[s] ?? "");
  const outcomes = Object.keys(src.outcomeCodes);
  const codes = outcomes.map((o) => src.outcomeCodes[o]!);
  const rows = await db.$queryRaw<{ rk: string; col: string; n: bigint }[]>(Prisma.sql`
    WITH cases AS (
      SELECT
        CASE WHEN r.data->>${src.applicantTypeField} = ${src.personValue} THEN 'person'
             ELSE COALESCE(NULLIF(r.data->>${src.orgKindField}, ''), 'other') END AS col,
        reg.at AS registered_at, fin.at AS concluded_at,
        COALESCE(NULLIF(sc.code, ''), oc.code, ${src.fallbackCode}) AS outcome
      FROM form_records r
      JOIN LATERAL (SELECT min(e."createdAt") AS at FROM form_events e WHERE e."recordId" = r.id AND e.action = ${src.registeredBy}) reg ON reg.at IS NOT NULL
      LEFT JOIN LATERAL (SELECT e."createdAt" AS at, e."toState" AS state FROM form_events e
                         WHERE e."recordId" = r.id AND e."toState" = ANY(${states}::text[]) ORDER BY e.seq LIMIT 1) fin ON true
      LEFT JOIN unnest(${states}::text[], ${stateCodes}::text[]) AS sc(state, code) ON sc.state = fin.state
      LEFT JOIN unnest(${outcomes}::text[], ${codes}::text[]) AS oc(value, code) ON oc.value = r.data->>${src.outcomeField}
      WHERE r."formKey" = ${src.formKey} AND reg.at < ${end}
    )
    SELECT rk, col, count(*) AS n FROM (
      SELECT '1' AS rk, col FROM cases WHERE registered_at >= ${start}
      UNION ALL SELECT '2', col FROM cases WHERE registered_at < ${start} AND (concluded_at IS NULL OR concluded_at >= ${start})
      UNION ALL SELECT outcome, col FROM cases WHERE concluded_at >= ${start} AND concluded_at < ${end}
      UNION ALL SELECT '4', col FROM cases WHERE concluded_at IS NULL OR concluded_at >= ${end}
    ) x GROUP BY rk, col`);
  const c: Counts = new Map();
  for (const r of rows) addCount(c, r.rk, r.col, Number(r.n));
  return c;
}

export interface DocumentCounts { issued: number; repealed: number; inForce: number }

/**
 * Table 二 (第二十条第（一）项) for 规章 and 行政规范性文件, from the published articles' metadata:
 * 本年制发 = 成文日期 in the year; 本年废止 = 废止 or 失效 dated in the year; 现行有效 = written by the
 * year's end and not repealed or expired by then. Withdrawn articles do not count.
 */
export async function countDocuments(db: Db, year: number): Promise<Record<"rule" | "normative", DocumentCounts>> {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const rows = await db.$queryRaw<{ type: string; issued: bigint; repealed: bigint; in_force: bigint }[]>(Prisma.sql`
    SELECT "docType" AS type,
      count(*) FILTER (WHERE "docDate" BETWEEN ${first}::date AND ${last}::date) AS issued,
      count(*) FILTER (WHERE "docValidity" = ANY(${ENDED}::text[]) AND "docValidityDate" BETWEEN ${first}::date AND ${last}::date) AS repealed,
      count(*) FILTER (WHERE ("docDate" IS NULL OR "docDate" <= ${last}::date)
                         AND ("docValidity" IS NULL OR "docValidity" = 'valid' OR "docValidityDate" > ${last}::date)) AS in_force
    FROM articles WHERE "withdrawnAt" IS NULL AND "docType" IN ('rule', 'normative')
    GROUP BY "docType"`);
  const of = (t: string): DocumentCounts => {
    const r = rows.find((x) => x.type === t);
    return { issued: Number(r?.issued ?? 0), repealed: Number(r?.repealed ?? 0), inForce: Number(r?.in_force ?? 0) };
  };
  return { rule: of("rule"), normative: of("normative") };
}

/** Table 二's computed part as stored on the report (a table field). */
export function table2Rows(c: Record<"rule" | "normative", DocumentCounts>): FormData[] {
  return ([["rule", "规章"], ["normative", "行政规范性文件"]] as const).map(([k, item]) => ({
    item, issued: String(c[k].issued), repealed: String(c[k].repealed), inForce: String(c[k].inForce),
  }));
}
