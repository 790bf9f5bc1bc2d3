import { PostForm } from "@/components/staff/post-form";
import { Forbidden } from "@/components/staff/forbidden";
import { can } from "@/lib/auth/can";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { saveDay, saveYear } from "./actions";

export const metadata = { title: "工作日历" };

const field = "rounded border border-slate-400 px-2 py-1.5";

export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requireActor("/staff/calendar");
  if (!can(actor, "calendar.manage")) return <Forbidden />;
  const year = Number((await searchParams).year) || new Date().getFullYear();
  const db = getDb();
  const [days, years] = await Promise.all([
    db.calendarDay.findMany({ where: { date: { gte: new Date(`${year}-01-01`), lte: new Date(`${year}-12-31`) } }, orderBy: { date: "asc" } }),
    db.calendarYear.findMany({ orderBy: { year: "asc" } }),
  ]);
  return (
    <div className="grid gap-6">
      <h1 className="text-xl font-bold">工作日历</h1>
      <p className="text-slate-700">来信答复期限按工作日计算：周一至周五为工作日，下表中的法定节假日不计，调休上班日计入。未公布节假日安排的年份，期限标为“暂定”。</p>
      <section aria-labelledby="years-h" className="rounded bg-white p-4 shadow-sm">
        <h2 id="years-h" className="mb-2 text-lg font-bold">年度节假日安排</h2>
        <ul className="mb-3 flex flex-wrap gap-3">
          {years.map((y) => <li key={y.year}><a href={`/staff/calendar?year=${y.year}`} className="text-brand underline">{y.year}</a>：{y.announced ? "已公布" : "未公布"}</li>)}
        </ul>
        <PostForm action={saveYear} submitLabel="保存年份" className="flex flex-wrap items-end gap-3">
          <label className="grid">年份<input name="year" inputMode="numeric" defaultValue={year} className={field} /></label>
          <label className="grid">节假日安排
            <select name="announced" className={field}><option value="yes">已公布</option><option value="no">未公布</option></select>
          </label>
        </PostForm>
      </section>
      <section aria-labelledby="days-h" className="rounded bg-white p-4 shadow-sm">
        <h2 id="days-h" className="mb-2 text-lg font-bold">{year}年节假日和调休上班日</h2>
        <PostForm action={saveDay} submitLabel="保存日期" className="mb-4 flex flex-wrap items-end gap-3">
          <label className="grid">日期<input name="date" type="date" className={field} /></label>
          <label className="grid">这一天
            <select name="kind" className={field}><option value="holiday">法定节假日（不上班）</option><option value="workday">调休上班日</option><option value="default">恢复按周一至周五</option></select>
          </label>
          <label className="grid">名称<input name="name" maxLength={30} placeholder="如：国庆节" className={field} /></label>
        </PostForm>
        {days.length === 0 ? <p className="text-slate-500">该年没有节假日或调休记录。</p> : (
          <table className="w-full text-left">
            <thead><tr className="border-b"><th scope="col" className="py-1">日期</th><th scope="col">类型</th><th scope="col">名称</th><th scope="col">来源</th></tr></thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.date.toISOString()} className="border-b border-slate-100">
                  <td className="py-1">{d.date.toISOString().slice(0, 10)}</td><td>{d.isWorkday ? "调休上班日" : "节假日"}</td><td>{d.name ?? ""}</td><td>{d.source === "admin" ? "管理员更正" : "chinese-days"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
