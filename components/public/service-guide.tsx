import { SERVICE_LINKS, type ServiceGuide } from "@/lib/content/service-guide";
import { SITE } from "@/lib/site";

/** A 办事指南 item's online-service entries and required materials (Art. 13). */
export function ServiceGuidePanel({ guide }: { guide: ServiceGuide }) {
  return (
    <section aria-labelledby="service-guide" className="mt-6 rounded border border-brand/40 bg-blue-50 p-4">
      <h2 id="service-guide" className="text-lg font-bold">网上办事</h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {SERVICE_LINKS.map(({ key, label }) => (
          <li key={key}>
            <a href={guide[key] ?? SITE.onlineServiceHall} className="inline-block rounded bg-brand px-4 py-2 text-white hover:bg-brand-dark" rel="noopener noreferrer">
              {label}
            </a>
          </li>
        ))}
      </ul>
      <h3 className="mt-4 font-bold">申请材料</h3>
      {guide.materials.length === 0 ? (
        <p className="mt-1 text-slate-700">本事项无需提交书面材料。</p>
      ) : (
        <ol className="mt-2 list-decimal pl-6">
          {guide.materials.map((m) => (
            <li key={m.name} className="py-1">
              {m.name}
              {m.note && <span className="text-slate-700">（{m.note}）</span>}
              {m.downloadUrl && (
                <a href={m.downloadUrl} className="ml-2 text-brand underline" download>
                  下载样表<span className="sr-only">：{m.name}</span>
                </a>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
