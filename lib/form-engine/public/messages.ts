// What the public entries tell a citizen. A wrong code, a wrong second factor and an unknown
// case read exactly the same.
export const REFUSED = "提交未成功，请刷新页面后重新填写提交。";
export const TOO_MANY = "您提交得过于频繁，请一小时后再试。如有急事，请拨打局办公室电话。";
export const WRONG_ANSWER = "验证问题的答案不正确，请重新计算后填写（已为您换了一道题）。";
export const CHALLENGE_USED = "验证问题已经使用过或已过期，请回答新的验证问题（已为您换了一道题）。";
import type { PublicStart } from "./types";

export const notMatched = (p: PublicStart) => p.lookup.notMatched ?? `查询码或${p.lookup.secondFactor.label}不正确，未能查到该事项。请核对后重新输入。`;
export const QUERY_TOO_MANY = "查询次数过多，请15分钟后再试。";
export const NOT_A_CITIZEN_ACTION = "此事项当前不能由您办理该操作。";
