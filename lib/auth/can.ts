import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Every administrative permission, declared once. `mutates` marks an action that changes
 * something: the auditor may never perform one, whatever else the table says (三员分立).
 */
export const PERMISSIONS = {
  "account.manage": { roles: ["sysadmin"], mutates: true, label: "管理账号" },
  "policy.manage": { roles: ["secadmin"], mutates: true, label: "设置安全策略和涉密关键词" },
  "audit.read": { roles: ["auditor"], mutates: false, label: "查看和导出审计记录" },
  // 三员分立 (issue 15 item 3): a change to an administrator account, proposed by the sysadmin
  // (account.manage), takes effect only when another administrator approves it; the proposer
  // never approves their own (lib/auth/admin-proposals.ts, and a CHECK in the database).
  "admin_account.approve": { roles: ["sysadmin", "secadmin"], mutates: true, label: "批准管理员账号变更" },
  // The 信息员 register (Art. 4): who each section, county bureau and unit named, with an office phone.
  "informants.manage": { roles: ["sysadmin"], mutates: true, label: "维护信息员名册" },
  // The working-day calendar behind the 15-working-day letter deadlines (issue 5).
  "calendar.manage": { roles: ["sysadmin"], mutates: true, label: "维护工作日历" },
  // The Art. 7 emergency banner screen: the finalizers (审定) of 信息统计科 and 宣传科 propose, a
  // bureau leader approves (forms/emergency-banner.ts decides each step through the engine).
  "banner.switch": { roles: ["finalizer", "director", "deputy_director"], mutates: true, label: "紧急公告" },
  "classified.confirm": { roles: ["section_chief", "office_reviewer", "deputy_director", "director"], mutates: true, label: "确认涉密关键词提示" },
  // Any workflow step in the form engine; the engine adds its record-level rules on top.
  "workflow.act": { roles: "any", mutates: true, label: "办理业务" },
  // A file for a form field (/api/uploads); stored, so the auditor may not (issue 15 item 14).
  "upload.create": { roles: "any", mutates: true, label: "上传附件" },
  // Art. 19/20 statistics, supervision and single-veto monitors for the whole site (issue 8);
  // every section sees its own figures on /staff without it. Granted to the leaders by role and
  // to every member of 信息统计科 by section.
  "stats.read_all": { roles: ["director", "deputy_director"], sections: ["xxtjk"], mutates: false, label: "查看全站统计和督查" },
  // Screens of the workplace (the staff menu shows a screen only to those who can use it; each
  // screen and the engine still decide every action themselves).
  "records.use": { roles: ["publisher", "section_chief", "office_reviewer", "deputy_director", "director", "finalizer"], mutates: false, label: "办理信息发布审批" },
  "mailbox.handle": { roles: ["publisher", "reporter", "section_chief", "office_reviewer", "deputy_director", "director"], mutates: false, label: "办理来信" },
  // 信息报送 (Art. 8, 16): the reporters of county bureaus and units send, the city sections'
  // publishing accounts receive, 局办公室 oversees all; the engine decides each row and step.
  "submissions.use": { roles: ["reporter", "publisher", "office_reviewer"], mutates: false, label: "信息报送" },
  "columns.view": { roles: ["publisher", "section_chief", "office_reviewer", "deputy_director", "director", "finalizer"], mutates: false, label: "查看和调整栏目" },
  // 政府信息公开工作年度报告 (issue 12): 局办公室 drafts, the deputies approve; the engine decides each step.
  // It drafts and approves, so the auditor (an account of 局办公室) never gets it.
  "annual_report.use": { roles: ["deputy_director"], sections: ["bgs"], mutates: true, label: "办理政府信息公开工作年度报告" },
  // Self-service: everyone, the auditor included, must be able to renew an expired password.
  "password.change_own": { roles: "any", mutates: false, label: "修改本人密码" },
} as const satisfies Record<string, { roles: readonly Role[] | "any"; sections?: readonly string[]; mutates: boolean; label: string }>;

export type Permission = keyof typeof PERMISSIONS;

export const FORBIDDEN_MESSAGE = "您没有执行此操作的权限。";

export function can(actor: { roles: readonly Role[]; sectionId?: string } | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  const rule: { roles: readonly Role[] | "any"; sections?: readonly string[]; mutates: boolean } = PERMISSIONS[permission];
  if (rule.mutates && actor.roles.includes("auditor")) return false;
  if (rule.roles === "any") return true;
  if (actor.sectionId && rule.sections?.includes(actor.sectionId)) return true;
  return actor.roles.some((r) => (rule.roles as readonly Role[]).includes(r));
}

/** Throws a Chinese "forbidden" AppError unless the actor holds the permission. */
export function assertCan(actor: { roles: readonly Role[]; sectionId?: string } | null | undefined, permission: Permission): void {
  if (!can(actor, permission)) throw new AppError("forbidden", FORBIDDEN_MESSAGE);
}
