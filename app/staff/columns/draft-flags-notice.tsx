import Link from "next/link";
import { draftFlagsFor } from "@/lib/columns/draft-flags";
import { getDb } from "@/lib/db/client";

/** On the workbench: items in flight whose column was given to this section (issue 6). */
export async function DraftFlagsNotice({ sectionId }: { sectionId: string }) {
  const flags = await draftFlagsFor(getDb(), sectionId);
  if (flags.length === 0) return null;
  return (
    <section aria-labelledby="draft-flags" className="rounded border border-amber-300 bg-amber-50 p-4">
      <h2 id="draft-flags" className="mb-1 text-lg font-bold">转入本科室的在办信息（{flags.length}）</h2>
      <p className="text-sm">栏目调整后，以下信息所属栏目改由本科室负责。<Link href="/staff/columns" className="text-brand underline">查看</Link></p>
    </section>
  );
}
