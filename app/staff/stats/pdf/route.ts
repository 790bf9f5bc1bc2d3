import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { loadStats } from "@/lib/stats/load";
import { selectedPeriod } from "@/lib/stats/period";
import { renderStatsPdf } from "@/lib/stats/pdf";

export const runtime = "nodejs";

// Same scope as the CSV: loadStats gives a section without stats.read_all only its own row.
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response("请先登录。", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const report = await loadStats(getDb(), actor);
  const period = selectedPeriod(new URL(request.url).searchParams.get("period"));
  const pdf = await renderStatsPdf(report, period);
  return new Response(new Uint8Array(pdf), {
    headers: { "content-type": "application/pdf", "content-disposition": `inline; filename="stats-${period}.pdf"`, "cache-control": "private, no-store" },
  });
}
