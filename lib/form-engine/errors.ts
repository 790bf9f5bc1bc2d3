import { AppError } from "@/lib/errors";

/** Bad input on named fields; the form shows each message next to its field. */
export class FieldErrors extends AppError {
  static readonly kind: string = "FieldErrors";

  constructor(public readonly fields: Record<string, string>) {
    super("invalid_fields", "填写的内容有误，请按提示修改后再提交。");
  }
}

export const NOT_FOUND = () => new AppError("not_found", "未找到该事项，或您无权查看。");

export const STALE = () =>
  new AppError("stale", "此事项已被他人处理或修改，您看到的不是最新内容，操作未执行。您填写的内容仍保留在页面上，请先复制保存，再刷新页面后重试。");
