// Demo accounts of DESIGN §8. Every one is marked demo and shares one documented password
// that meets the password policy (8+ characters, 3 character classes).
import type { Role } from "../../lib/generated/prisma/enums";
import { LEADERSHIP_ID, SECTIONS } from "./organisation";

export const DEMO_PASSWORD = "Jieyang@2016";

export interface AccountSeed {
  username: string;
  displayName: string;
  sectionId: string;
  sectionName: string;
  roles: Role[];
}

const sectionName = (id: string) => SECTIONS.find((s) => s.id === id)!.name;
const extraChiefRoles: Record<string, Role[]> = {
  bgs: ["office_reviewer"],
  xxtjk: ["finalizer"],
  xck: ["finalizer"],
};

function account(username: string, displayName: string, sectionId: string, roles: Role[]): AccountSeed {
  return { username, displayName, sectionId, sectionName: sectionName(sectionId), roles };
}

export const DEMO_ACCOUNTS: AccountSeed[] = [
  ...SECTIONS.filter((s) => s.kind === "bureau_section").flatMap((s) => [
    account(s.id, `${s.name}信息员`, s.id, ["publisher"]),
    account(`${s.id}-kz`, `${s.name}科长`, s.id, ["section_chief", ...(extraChiefRoles[s.id] ?? [])]),
  ]),
  account("jz", "局长", LEADERSHIP_ID, ["director"]),
  account("fjz1", "副局长（分管办公室、人事、信息统计）", LEADERSHIP_ID, ["deputy_director"]),
  account("fjz2", "副局长（分管医政、宣传）", LEADERSHIP_ID, ["deputy_director"]),
  account("fjz3", "副局长（分管疾控、基层卫生）", LEADERSHIP_ID, ["deputy_director"]),
  account("sysadmin", "系统管理员", "xxtjk", ["sysadmin"]),
  account("secadmin", "安全管理员", "xxtjk", ["secadmin"]),
  account("auditor", "安全审计员", "bgs", ["auditor"]),
  ...SECTIONS.filter((s) => s.kind === "county_bureau" || s.kind === "affiliated_unit").map((s) =>
    account(`${s.id}-xxy`, `${s.name}信息员`, s.id, ["reporter"]),
  ),
];
