import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";

type Client = Db | Prisma.TransactionClient;

/** The security policy secadmin sets (DESIGN §7, 等保 2.0 practice). */
export const policySchema = z.object({
  passwordMinLength: z.number().int().min(8, "密码最短长度不得少于8位").max(64),
  passwordMinClasses: z.number().int().min(3, "字符类别不得少于3类").max(4),
  passwordMaxAgeDays: z.number().int().min(1).max(365),
  maxFailedLogins: z.number().int().min(3).max(10),
  lockoutMinutes: z.number().int().min(5).max(24 * 60),
  idleTimeoutMinutes: z.number().int().min(5).max(120),
  ipMaxFailures: z.number().int().min(10).max(1000),
  ipWindowMinutes: z.number().int().min(1).max(24 * 60),
  auditRetentionDays: z.number().int().min(180, "审计记录至少保存180天").max(3650),
});

export type SecurityPolicy = z.infer<typeof policySchema>;

export const DEFAULT_POLICY: SecurityPolicy = {
  passwordMinLength: 8,
  passwordMinClasses: 3,
  passwordMaxAgeDays: 90,
  maxFailedLogins: 5,
  lockoutMinutes: 30,
  idleTimeoutMinutes: 30,
  ipMaxFailures: 30,
  ipWindowMinutes: 15,
  auditRetentionDays: 180,
};

export const POLICY_LABELS: Record<keyof SecurityPolicy, string> = {
  passwordMinLength: "密码最短长度（位）",
  passwordMinClasses: "密码至少包含的字符类别数（大写、小写、数字、符号）",
  passwordMaxAgeDays: "密码有效期（天）",
  maxFailedLogins: "连续登录失败锁定次数",
  lockoutMinutes: "账号锁定时长（分钟）",
  idleTimeoutMinutes: "空闲自动退出时间（分钟）",
  ipMaxFailures: "同一IP登录失败上限（次）",
  ipWindowMinutes: "同一IP失败计数时间窗（分钟）",
  auditRetentionDays: "审计记录保存期限（天）",
};

export const POLICY_KEY = "policy";

/** The policy in force: the stored values over the defaults, read fresh so a change applies at once. */
export async function getPolicy(db: Client): Promise<SecurityPolicy> {
  const row = await db.securitySetting.findUnique({ where: { key: POLICY_KEY } });
  const parsed = policySchema.partial().safeParse(row?.value ?? {});
  return { ...DEFAULT_POLICY, ...(parsed.success ? parsed.data : {}) };
}
