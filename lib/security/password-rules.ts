import { isCommonPassword } from "./common-passwords";
import type { SecurityPolicy } from "./policy";

const CLASSES: { label: string; test: RegExp }[] = [
  { label: "大写字母", test: /[A-Z]/ },
  { label: "小写字母", test: /[a-z]/ },
  { label: "数字", test: /[0-9]/ },
  { label: "符号", test: /[^A-Za-z0-9]/ },
];

/** Why a new password breaks the policy, in Chinese, or null when it meets it. */
export function passwordProblem(
  password: string,
  policy: Pick<SecurityPolicy, "passwordMinLength" | "passwordMinClasses">,
  username?: string,
): string | null {
  if (password.length < policy.passwordMinLength) return `密码至少需要${policy.passwordMinLength}位。`;
  if (password.length > 128) return "密码不能超过128位。";
  const classes = CLASSES.filter((c) => c.test.test(password)).length;
  if (classes < policy.passwordMinClasses) {
    return `密码需要包含${CLASSES.map((c) => c.label).join("、")}中的至少${policy.passwordMinClasses}类。`;
  }
  if (username && password.toLowerCase().includes(username.toLowerCase())) return "密码不能包含用户名。";
  if (isCommonPassword(password)) return "该密码属于常见弱密码，容易被猜中，请换一个。";
  return null;
}

/** Whether a password set at `changedAt` has expired under the policy. */
export function passwordExpired(changedAt: Date, policy: Pick<SecurityPolicy, "passwordMaxAgeDays">, now = new Date()): boolean {
  return now.getTime() - changedAt.getTime() > policy.passwordMaxAgeDays * 24 * 60 * 60 * 1000;
}
