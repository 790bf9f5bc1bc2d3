import type { Role } from "@/lib/generated/prisma/enums";

export const ROLE_LABELS: Record<Role, string> = {
  publisher: "科室信息员（发布账号）",
  section_chief: "科室负责人",
  deputy_director: "局分管领导",
  director: "局主要领导",
  office_reviewer: "局办公室审核",
  finalizer: "审定人（信息统计科/宣传科）",
  reporter: "县区/直属单位信息员",
  sysadmin: "系统管理员",
  secadmin: "安全管理员",
  auditor: "安全审计员",
};

export const roleLabel = (r: Role) => ROLE_LABELS[r];
