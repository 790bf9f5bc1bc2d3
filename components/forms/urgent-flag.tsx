// On the record page of an item published through 紧急发布: which Art. 9 sign-offs are still owed.
import type { FormData } from "@/lib/form-engine/types";
import { isUrgentPending, missingSignoffs } from "@/lib/stats/urgent-pending";

export function UrgentFlag({ formKey, state, data, signed }: { formKey: string; state: string; data: FormData; signed: readonly string[] }) {
  if (!isUrgentPending(formKey, state)) return null;
  return (
    <p role="status" data-testid="urgent-flag" className="mt-2 rounded bg-red-50 p-2 text-red-800">
      {`紧急发布，已在网站发布；按第九条尚待补签：${missingSignoffs(data, signed).join("、")}。补签完成前，本事项在统计督查中标记为待补签。`}
    </p>
  );
}
