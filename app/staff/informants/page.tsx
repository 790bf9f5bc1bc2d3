import { PostForm } from "@/components/staff/post-form";
import { Forbidden } from "@/components/staff/forbidden";
import { can } from "@/lib/auth/can";
import { requireActor } from "@/lib/auth/session";
import { informantRegister } from "@/lib/columns/informants";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";
import { saveInformant } from "./actions";

export const metadata = { title: "信息员名册" };

const field = "rounded border border-slate-400 px-2 py-1.5";
const KIND: Record<string, string> = { bureau_section: "局机关科室", county_bureau: "县（市、区）卫生计生局", affiliated_unit: "直属单位" };

export default async function InformantsPage() {
  const actor = await requireActor("/staff/informants");
  if (!can(actor, "informants.manage")) return <Forbidden />;
  const register = await informantRegister(getDb());
  return (
    <div className="grid gap-6">
      <h1 className="text-xl font-bold">信息员名册</h1>
      <p className="text-slate-700">各科室、各县（市、区）卫生计生局和市局直属各单位须确定一名信息员，负责本单位的网站信息工作（第四条）。名册由系统管理员维护，每次变更记入审计记录；栏目管理页面按栏目显示责任科室及其信息员。</p>
      <section aria-labelledby="register-h" className="rounded bg-white p-4 shadow-sm">
        <h2 id="register-h" className="mb-2 text-lg font-bold">名册</h2>
        <table className="w-full text-left" aria-label="信息员名册">
          <thead><tr className="border-b"><th scope="col" className="py-1">单位</th><th scope="col">类别</th><th scope="col">信息员</th><th scope="col">办公电话</th><th scope="col">更新时间</th></tr></thead>
          <tbody>
            {register.map((s) => (
              <tr key={s.id} className="border-b border-slate-100" data-section={s.id}>
                <td className="py-1">{s.name}</td>
                <td>{KIND[s.kind] ?? s.kind}</td>
                <td>{s.informant?.name ?? <span className="text-red-700">未登记</span>}</td>
                <td>{s.informant?.officePhone ?? "—"}</td>
                <td>{s.informant ? <time>{formatDateTime(s.informant.updatedAt)}</time> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="edit-h" className="rounded bg-white p-4 shadow-sm">
        <h2 id="edit-h" className="mb-2 text-lg font-bold">登记或更换信息员</h2>
        <PostForm action={saveInformant} submitLabel="保存信息员" className="flex flex-wrap items-end gap-3" testId="informant-form">
          <label className="grid">单位
            <select name="sectionId" required className={field}>
              {register.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </label>
          <label className="grid">姓名<input name="name" required maxLength={20} className={field} /></label>
          <label className="grid">办公电话<input name="officePhone" required maxLength={24} placeholder="0663-8222222" className={field} /></label>
        </PostForm>
      </section>
    </div>
  );
}
