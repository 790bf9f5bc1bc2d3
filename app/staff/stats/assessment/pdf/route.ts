import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/can";
import { getDb } from "@/lib/db/client";
import { assessmentView } from "@/lib/stats/assessment";
import { renderAssessmentPdf } from "@/lib/stats/assessment-pdf";
import { selectedQuarter } from "@/lib/stats/period";

export const runtime = "nodejs";

// The whole site's 考核: for those who see the whole site's statistics.
export async function GET(request: Request) {
  const actor = await getActor();
  const text = { "content-type": "text/plain; charset=utf-8" };
  if (!actor) return new Response("请先登录。", { status: 401, headers: text });
  if (!can(actor, "stats.read_all")) return new Response("您没有执行此操作的权限。", { status: 403, headers: text });
  const period = selectedQuarter(new URL(request.url).searchParams.get("period"));
  const pdf = await renderAssessmentPdf(await assessmentView(getDb(), period));
  return new Response(new Uint8Array(pdf), {
    headers: { "content-type": "application/pdf", "content-disposition": `inline; filename="assessment-${period}.pdf"`, "cache-control": "private, no-store" },
  });
}
