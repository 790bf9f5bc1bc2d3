import { can } from "@/lib/auth/can";
import { getActor } from "@/lib/auth/session";
import { userMessageOf } from "@/lib/errors";
import { saveUpload } from "@/lib/form-engine/uploads";
import { UPLOAD_BODY_MAX_BYTES, UPLOAD_MAX_MB, UPLOAD_TOO_LARGE_MESSAGE } from "@/lib/uploads/limit.mjs";

export const runtime = "nodejs";

const json = (body: unknown, status = 200) => Response.json(body, { status });

/** Staff upload one file for a form field; the record stores the returned description. */
export async function POST(req: Request) {
  const actor = await getActor();
  if (!actor) return json({ error: "请先登录后再上传。" }, 401);
  // Uploading changes the system: the auditor, who may change nothing (三员分立), is refused.
  if (!can(actor, "upload.create")) return json({ error: "您没有上传文件的权限。" }, 403);
  // Refuse an oversized body before reading it into memory.
  if (Number(req.headers.get("content-length") ?? 0) > UPLOAD_BODY_MAX_BYTES) return json({ error: UPLOAD_TOO_LARGE_MESSAGE }, 413);
  const form = await req.formData().catch(() => null);
  if (!form) return json({ error: `上传没有完成（单个文件不能超过${UPLOAD_MAX_MB}MB），请重新选择文件。` }, 400);
  const file = form.get("file");
  if (!(file instanceof File)) return json({ error: "请选择要上传的文件。" }, 400);
  try {
    const kind = form.get("kind") === "image" ? "image" : "attachment";
    return json(await saveUpload(file.name, new Uint8Array(await file.arrayBuffer()), kind, actor.id));
  } catch (err) {
    return json({ error: userMessageOf(err) }, 400);
  }
}
