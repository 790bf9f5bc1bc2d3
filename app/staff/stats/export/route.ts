import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { statsCsv } from "@/lib/stats/csv";
import { loadStats } from "@/lib/stats/load";
import { selectedPeriod } from "@/lib/stats/period";

// A section without stats.read_all gets only its own rows: loadStats scopes the report.
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response("请先登录。", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const report = await loadStats(getDb(), actor);
  const period = selectedPeriod(new URL(request.url).searchParams.get("period"));
  const csv = statsCsv(report, [period]);
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="stats-${period}.csv"`, "cache-control": "no-store" },
  });
}
