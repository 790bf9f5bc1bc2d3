import { getActor } from "@/lib/auth/session";
import { mayReadUpload } from "@/lib/content/upload-access";
import { readUpload } from "@/lib/form-engine/uploads";

export const runtime = "nodejs";

const notFound = () => new Response("文件不存在。", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

// Published articles link their files here, so the public may read those; a draft's files only
// those who may see the record (lib/content/upload-access.ts). Refusals read as not found.
export async function GET(_req: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const file = await readUpload(name);
  if (!file || !(await mayReadUpload(name, file.uploaderId, await getActor()))) return notFound();
  const inline = file.mime.startsWith("image/") || file.mime === "application/pdf";
  return new Response(new Uint8Array(file.bytes), {
    headers: { "content-type": file.mime, "content-disposition": inline ? "inline" : "attachment", "x-content-type-options": "nosniff", "cache-control": "private, max-age=3600" },
  });
}
