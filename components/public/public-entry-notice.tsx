import Link from "next/link";
import { publicDefinitions } from "@/lib/form-engine/public/registry";

/** On a column that a public entry names (PublicStart.column): where to apply online and follow up. */
export function PublicEntryNotice({ slug }: { slug: string }) {
  const entries = publicDefinitions().filter((d) => d.public.column === slug);
  if (!entries.length) return null;
  return (
    <>
      {entries.map((d) => (
        <aside key={d.key} aria-label={`网上${d.public.title}`} className="mb-4 rounded border border-brand/40 bg-blue-50 p-4" data-testid="public-entry-notice">
          <p className="font-bold">网上申请：本栏目事项可以在线办理。</p>
          <p className="mt-1">
            <Link href={`/${d.public.slug}`} className="text-brand underline">在线填写{d.public.title}</Link>
            ，提交后凭查询码
            <Link href={`/${d.public.slug}/query`} className="text-brand underline">查询办理情况</Link>
            。也可以按下文所列方式提出申请。
          </p>
        </aside>
      ))}
    </>
  );
}
