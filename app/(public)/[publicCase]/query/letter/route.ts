// The citizen's 告知书: a POST of the query code and second factor from the status page (a plain
// form, so it works without JavaScript and nothing secret is in a URL). The case is the one the
// code reaches; a wrong code, a case without a letter yet, or too many tries get a page saying so.
import { getDb } from "@/lib/db/client";
import { userMessageOf } from "@/lib/errors";
import { text } from "@/lib/form-engine/public/form-data";
import { citizenLetter } from "@/lib/form-engine/public/letter";
import { publicDefinitionBySlug } from "@/lib/form-engine/public/registry";
import { clientIpFromHeaders } from "@/lib/security/client-ip";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function refusal(status: number, message: string, back: string): Response {
  const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>下载告知书</title><body style="font-family:sans-serif;max-width:40em;margin:3em auto"><p role="alert">${escape(message)}</p><p><a href="${escape(back)}">返回查询页面</a></p></body></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

export async function POST(req: Request, { params }: { params: Promise<{ publicCase: string }> }) {
  const def = publicDefinitionBySlug((await params).publicCase);
  if (!def?.letter) return refusal(404, "未找到该页面。", "/");
  const back = `/${def.public.slug}/query`;
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return refusal(400, "请从查询页面下载告知书。", back);
  }
  try {
    const { pdf, filename } = await citizenLetter(getDb(), def, { code: text(form, "code", 40), factor: text(form, "factor", 20), client: clientIpFromHeaders(req.headers) ?? "unknown" });
    return new Response(new Uint8Array(pdf), {
      headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`, "cache-control": "private, no-store" },
    });
  } catch (err) {
    return refusal(403, userMessageOf(err), back);
  }
}
