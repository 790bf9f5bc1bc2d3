// Registration numbers per definition and year (DESIGN §9 "Numbering"), e.g.
// 揭卫依申〔2026〕第0001号. The counter row is incremented by one statement inside the
// transition's transaction, so concurrent registrations queue on its row lock and never share
// or skip a number (a rolled-back transition gives its number back).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NumberingDef } from "./types";

export function formatNumber(pattern: string, year: number, seq: number): string {
  return pattern.replace(/\{year\}/g, String(year)).replace(/\{seq(?::(\d+))?\}/g, (_, w?: string) => String(seq).padStart(Number(w ?? 0), "0"));
}

/** Gives the record its number unless it already has one; returns the record's number. */
export async function assignNumber(tx: Prisma.TransactionClient, formKey: string, numbering: NumberingDef, recordId: string, now: Date): Promise<string> {
  const [current] = await tx.$queryRaw<{ registrationNumber: string | null }[]>`
    SELECT "registrationNumber" FROM form_records WHERE id = ${recordId}`;
  if (current?.registrationNumber) return current.registrationNumber;
  const year = new Date(now.getTime() + 8 * 3600_000).getUTCFullYear(); // the year in Beijing
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO record_number_counters ("formKey", year, last) VALUES (${formKey}, ${year}, 1)
    ON CONFLICT ("formKey", year) DO UPDATE SET last = record_number_counters.last + 1
    RETURNING last`;
  const number = formatNumber(numbering.pattern, year, Number(row!.last));
  await tx.$executeRaw`UPDATE form_records SET "registrationNumber" = ${number} WHERE id = ${recordId}`;
  return number;
}
