import { expireHere } from "@/lib/content/revalidate";
import { isInternalRequest } from "@/lib/content/revalidate-listener";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Another instance published, withdrew or switched something: expire the same tags here
// (lib/content/revalidate-listener.ts). Only this process's own listener may call it.
export async function POST(req: Request) {
  if (!isInternalRequest(req.headers.get("x-portal-internal"))) return new Response("Not found", { status: 404 });
  const body = (await req.json().catch(() => null)) as { tags?: unknown } | null;
  const tags = Array.isArray(body?.tags) ? body.tags.filter((t): t is string => typeof t === "string" && t.length <= 200) : [];
  expireHere(tags);
  return new Response(null, { status: 204 });
}
