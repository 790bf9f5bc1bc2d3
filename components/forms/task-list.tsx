import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import type { Task } from "@/lib/form-engine/tasks";

export function TaskList({ tasks }: { tasks: Task[] }) {
  if (tasks.length === 0) return <p className="text-slate-500">暂无待办事项。</p>;
  return (
    <ul className="grid gap-2" aria-label="待办事项">
      {tasks.map((t) => (
        <li key={t.recordId} className="rounded border border-slate-200 p-2">
          <Link href={`/staff/records/${t.recordId}`} className="font-medium text-brand underline">{t.title}</Link>
          <p className="text-sm text-slate-600">
            {t.formTitle} · {t.sectionName} · {t.state} · 待{t.actions.join("/")} · <time>{formatDateTime(t.updatedAt)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
