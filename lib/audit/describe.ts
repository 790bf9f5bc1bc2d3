// The audit viewer's Chinese: what each recorded action means, on what, in words an auditor
// reads. The raw event (code, JSON detail) stays available behind a toggle on the page.
import { getForm } from "@/lib/form-engine/registry";
import { actionLabel, stateLabel } from "@/lib/form-engine/present";

export const AUDIT_ACTIONS: Record<string, string> = {
  "login.success": "登录成功",
  "login.failure": "登录失败",
  "account.locked": "账号被锁定",
  "account.create": "创建账号",
  "account.disable": "停用账号",
  "account.enable": "启用账号",
  "account.reset_password": "重置密码",
  "account.unlock": "解除锁定",
  "account.transfer_publisher": "移交发布账号",
  "account.change_password": "修改本人密码",
  "policy.update": "修改安全策略",
  "policy.keywords_update": "修改涉密关键词",
  "audit.export": "导出审计记录",
  "calendar.day": "修改工作日历",
  "calendar.year": "设置年度节假日安排",
  "banner.on": "开启紧急公告",
  "banner.off": "关闭紧急公告",
  "classified.confirm": "确认涉密关键词提示",
  "assessment.weights_update": "修改考核计分办法",
  "personal_data.view": "查看来信人个人信息",
  "form.transition": "业务办理",
  "form.refused": "拒绝办理（涉密信息未保存）",
};

/** Filter choices: an action prefix and its Chinese name. */
export const AUDIT_ACTION_GROUPS: { value: string; label: string }[] = [
  { value: "login", label: "登录" },
  { value: "account", label: "账号管理" },
  { value: "policy", label: "安全策略" },
  { value: "form.transition", label: "业务办理" },
  { value: "form.refused", label: "拒绝办理（涉密）" },
  { value: "classified", label: "涉密检查" },
  { value: "personal_data", label: "个人信息查看" },
  { value: "banner", label: "紧急公告" },
  { value: "calendar", label: "工作日历" },
  { value: "audit", label: "审计记录导出" },
  { value: "assessment", label: "考核计分办法" },
];

export const AUDIT_OBJECTS: Record<string, string> = {
  account: "账号",
  assessment_weights: "考核计分办法",
  audit_events: "审计记录",
  calendar_day: "工作日历",
  calendar_year: "年度日历",
  form_record: "事项",
  letter: "来信",
  security_policy: "安全策略",
  site_banner: "紧急公告",
};

type Detail = Record<string, unknown> | null;
const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

/** “登录失败”, or for a workflow step “网站信息发布审批表 · 审核通过（待科室领导审核 → 待局分管领导审批）”. */
export function describeAuditAction(action: string, detail: unknown): string {
  const d = (detail && typeof detail === "object" && !Array.isArray(detail) ? detail : null) as Detail;
  if (action === "form.transition" && d) {
    const def = getForm(str(d.formKey));
    if (def) {
      const from = str(d.from);
      const move = from ? `${stateLabel(def, from)} → ${stateLabel(def, str(d.to))}` : stateLabel(def, str(d.to));
      return `${def.title} · ${actionLabel(def, str(d.action))}（${move}）`;
    }
  }
  const base = AUDIT_ACTIONS[action] ?? action;
  const refusedIn = action === "form.refused" && d ? getForm(str(d.formKey)) : undefined;
  if (refusedIn) return `${base}：${refusedIn.title} · ${actionLabel(refusedIn, str(d?.action))}`;
  if (action === "login.failure" && d?.reason) return `${base}（${FAILURE_REASONS[str(d.reason)] ?? str(d.reason)}）`;
  if (action === "account.locked" && d?.minutes) return `${base}（连续失败 ${str(d.failures)} 次，锁定 ${str(d.minutes)} 分钟）`;
  if (action === "personal_data.view" && Array.isArray(d?.fields)) return `${base}（${(d.fields as unknown[]).map(str).join("、")}）`;
  return base;
}

const FAILURE_REASONS: Record<string, string> = {
  wrong_password: "密码错误",
  unknown_user: "用户名不存在",
  locked: "账号已锁定",
  disabled: "账号已停用",
  rate_limited: "尝试过于频繁",
};

/** The object in words: its kind and, where known, its title or account name. */
export function describeAuditObject(objectType: string, objectId: string | null, title: string | undefined, detail: unknown): string {
  const kind = AUDIT_OBJECTS[objectType] ?? objectType;
  const d = (detail && typeof detail === "object" && !Array.isArray(detail) ? detail : null) as Detail;
  const name = title ?? (str(d?.username) || undefined);
  if (name) return `${kind}“${name}”`;
  return kind;
}
