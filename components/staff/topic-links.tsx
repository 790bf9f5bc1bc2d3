import Link from "next/link";
import { topicLinks } from "@/lib/columns/topic-requests";
import { getDb } from "@/lib/db/client";

/** Art. 6: a 专题专栏 request and the column-table change it became point at each other. */
export async function TopicLinks({ record }: { record: { id: string; formKey: string; data: unknown } }) {
  const links = await topicLinks(getDb(), record);
  if (links.length === 0) return null;
  return (
    <ul className="rounded bg-white p-4 shadow-sm" aria-label="关联事项">
      {links.map((l) => <li key={l.href}><Link href={l.href} className="text-brand underline">{l.label}</Link></li>)}
    </ul>
  );
}
