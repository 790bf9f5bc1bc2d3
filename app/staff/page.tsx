import { requireActor } from "@/lib/auth/session";
import { roleLabel } from "@/lib/auth/roles";
import { TaskList } from "@/components/forms/task-list";
import { DraftFlagsNotice } from "./columns/draft-flags-notice";
import { getDb } from "@/lib/db/client";
import { myTasks } from "@/lib/form-engine/tasks";
import { SectionStats } from "@/components/stats/section-stats";
import { DueList } from "@/components/forms/due-list";
import { TopicRequestEntry } from "@/components/staff/topic-request-entry";
import { Pager } from "@/components/staff/pager";
import { listHref, parseListQuery } from "@/lib/form-engine/list-query";

export const metadata = { title: "我的工作台" };

export default async function StaffHome({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const { page } = parseListQuery(await searchParams);
  const tasks = await myTasks(getDb(), actor, { page });
  return (
    <div className="grid gap-6">
      <h1 className="text-xl font-bold">我的工作台</h1>
      <section aria-labelledby="tasks" className="rounded bg-white p-4 shadow-sm">
        <h2 id="tasks" className="mb-2 text-lg font-bold">我的待办</h2>
        <TaskList tasks={tasks.items} />
        <Pager page={tasks.page} pages={tasks.pages} total={tasks.total} label="我的待办" href={(p) => listHref("/staff", { page }, { page: p })} />
      </section>
      <DueList actor={actor} />
      <DraftFlagsNotice sectionId={actor.sectionId} />
      <SectionStats actor={actor} />
      <TopicRequestEntry actor={actor} />
      <section aria-labelledby="who" className="rounded bg-white p-4 shadow-sm">
        <h2 id="who" className="mb-3 text-lg font-bold">我的信息</h2>
        <dl className="grid grid-cols-[6em_1fr] gap-y-2">
          <dt className="text-slate-600">姓名</dt>
          <dd>{actor.displayName}</dd>
          <dt className="text-slate-600">用户名</dt>
          <dd>{actor.username}</dd>
          <dt className="text-slate-600">所属科室</dt>
          <dd data-testid="section">{actor.sectionName}</dd>
          <dt className="text-slate-600">角色</dt>
          <dd>
            <ul className="flex flex-wrap gap-2">
              {actor.roles.map((r) => (
                <li key={r} className="rounded bg-slate-100 px-2 py-0.5 text-sm">{roleLabel(r)}</li>
              ))}
            </ul>
          </dd>
        </dl>
      </section>
    </div>
  );
}
