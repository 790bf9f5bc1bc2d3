import { readUpload } from "@/lib/form-engine/uploads";

export const runtime = "nodejs";

// Published articles link their attachments here, so reading needs no sign-in; names are
// random UUIDs.
export async function GET(_req: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const file = await readUpload(name);
  if (!file) return new Response("文件不存在。", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const inline = file.mime.startsWith("image/") || file.mime === "application/pdf";
  return new Response(new Uint8Array(file.bytes), {
    headers: { "content-type": file.mime, "content-disposition": inline ? "inline" : "attachment", "x-content-type-options": "nosniff", "cache-control": "private, max-age=3600" },
  });
}
