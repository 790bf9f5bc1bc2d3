import { getActor } from "@/lib/auth/session";
import { userMessageOf } from "@/lib/errors";
import { MAX_BYTES, saveUpload } from "@/lib/form-engine/uploads";

export const runtime = "nodejs";

const json = (body: unknown, status = 200) => Response.json(body, { status });

/** Staff upload one file for a form field; the record stores the returned description. */
export async function POST(req: Request) {
  if (!(await getActor())) return json({ error: "请先登录后再上传。" }, 401);
  // Refuse an oversized body before reading it into memory.
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BYTES.attachment + 64 * 1024)
    return json({ error: `文件超过${MAX_BYTES.attachment / 1024 / 1024}MB，请压缩后再上传。` }, 413);
  const form = await req.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) return json({ error: "请选择要上传的文件。" }, 400);
  try {
    const kind = form?.get("kind") === "image" ? "image" : "attachment";
    return json(await saveUpload(file.name, new Uint8Array(await file.arrayBuffer()), kind));
  } catch (err) {
    return json({ error: userMessageOf(err) }, 400);
  }
}
