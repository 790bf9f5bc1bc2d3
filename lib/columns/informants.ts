// The 信息员 register (Art. 4): every bureau section, county bureau and unit names the person
// who does its website information work, with an office phone. Kept by the system
// administrator alone (permission "informants.manage"); every change is audited in the same
// transaction that writes it.
import { assertCan } from "@/lib/auth/can";
import type { Actor } from "@/lib/auth/login";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export interface InformantEntry {
  name: string;
  officePhone: string;
}

/** Office phones as they are written in China: digits with an area code, hyphens, an extension. */
const PHONE = /^[0-9][0-9\-－ ]{5,18}[0-9](转[0-9]{1,6})?$/;

/** Every section that names a 信息员 (all but 局领导), in the register's order, with its entry. */
export function informantRegister(db: Db) {
  return db.section.findMany({
    where: { kind: { not: "leadership" } },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, name: true, kind: true, informant: { select: { name: true, officePhone: true, updatedAt: true } } },
  });
}

/** Section id → its 信息员, for the column table screen. */
export async function informantsBySection(db: Db): Promise<Record<string, InformantEntry>> {
  const rows = await db.informant.findMany({ select: { sectionId: true, name: true, officePhone: true } });
  return Object.fromEntries(rows.map((r) => [r.sectionId, { name: r.name, officePhone: r.officePhone }]));
}

/** Names (or renames) a section's 信息员. Only the system administrator; audited with before and after. */
export async function setInformant(db: Db, actor: Actor | null, input: { sectionId: string; name: string; officePhone: string }): Promise<string> {
  assertCan(actor, "informants.manage");
  const name = input.name.trim();
  const officePhone = input.officePhone.trim();
  const fields: string[] = [];
  if (!name || name.length > 20) fields.push("姓名须填写，不超过20个字");
  if (!PHONE.test(officePhone)) fields.push("办公电话格式不正确（如 0663-8222222）");
  if (fields.length) throw new AppError("invalid", `${fields.join("；")}。`);
  const section = await db.section.findUnique({ where: { id: input.sectionId }, select: { id: true, name: true, kind: true } });
  if (!section || section.kind === "leadership") throw new AppError("invalid", "请选择科室、县（市、区）卫生计生局或直属单位。");
  await db.$transaction(async (tx) => {
    const before = await tx.informant.findUnique({ where: { sectionId: section.id }, select: { name: true, officePhone: true } });
    await tx.informant.upsert({
      where: { sectionId: section.id },
      create: { sectionId: section.id, name, officePhone, updatedById: actor!.id },
      update: { name, officePhone, updatedById: actor!.id },
    });
    await recordAudit(tx, {
      actorId: actor!.id, actorName: actor!.displayName, action: "informant.set", objectType: "informant", objectId: section.id,
      detail: { section: section.name, before, after: { name, officePhone } },
    });
  });
  return `已登记${section.name}的信息员：${name}（${officePhone}）。`;
}
