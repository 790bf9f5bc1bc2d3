// Art. 20 supervision findings, shared by the statistics page and the section's own /staff view.
import { formatDateTime } from "@/lib/format";
import type { Supervision } from "@/lib/stats/supervision";

function Block({ id, title, count, children }: { id: string; title: string; count: number; children: React.ReactNode }) {
  return (
    <div data-testid={`supervision-${id}`} data-count={count}>
      <h3 className="font-bold">{title}（{count}）</h3>
      {count === 0 ? <p className="text-sm text-slate-600">无。</p> : <ul className="list-disc pl-6 text-sm">{children}</ul>}
    </div>
  );
}

export function SupervisionList({ s }: { s: Supervision }) {
  return (
    <div className="grid gap-3">
      <Block id="stale-sections" title="科室未在其责任栏目中按周期更新（按各科室自身更新判断）" count={s.staleSections.length}>
        {s.staleSections.map((x) => <li key={`${x.sectionId}-${x.columnId}`}>{x.sectionName}：{x.columnName}，要求每{x.intervalDays}天更新，{x.daysSince === null ? "本科室从未更新" : `本科室已${x.daysSince}天未更新`}（本季度{x.ownUpdatesSince}条）</li>)}
      </Block>
      <Block id="overdue-columns" title="整个栏目未按规定周期更新" count={s.overdueColumns.length}>
        {s.overdueColumns.map((o) => <li key={o.column.id}>{o.column.name}：要求每{o.column.updateIntervalDays}天更新，{o.daysSince === null ? "从未更新" : `已${o.daysSince}天未更新`}</li>)}
      </Block>
      <Block id="empty-columns" title="责任栏目空白" count={s.emptyColumns.length}>
        {s.emptyColumns.map((c) => <li key={c.id}>{c.name}</li>)}
      </Block>
      <Block id="unapproved" title="未经完整审批发布的信息（应为0）" count={s.unapproved.length}>
        {s.unapproved.map((a) => <li key={a.id}>{a.title}（{formatDateTime(a.publishAt)}）</li>)}
      </Block>
      <Block id="withdrawals" title="更正和撤稿" count={s.withdrawals.length}>
        {s.withdrawals.slice(0, 50).map((a) => <li key={a.id}>{a.title}：{a.withdrawnAt ? formatDateTime(a.withdrawnAt) : ""} {a.withdrawReason ?? ""}</li>)}
      </Block>
      <Block id="overdue-letters" title="超期未答复来信" count={s.overdueLetters.length}>
        {s.overdueLetters.map((l) => <li key={l.recordId}>{l.subject}：应于{l.due}前答复</li>)}
      </Block>
    </div>
  );
}
