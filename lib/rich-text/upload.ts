// The browser side of the engine's upload check (/api/uploads → lib/form-engine/uploads.ts):
// one function for the files field, the editor's images and a .docx's pictures.
export interface StoredFile {
  name: string;
  url: string;
  size: number;
  type: string;
}

export async function uploadFile(file: File, kind: "image" | "attachment"): Promise<StoredFile> {
  const body = new FormData();
  body.set("file", file);
  body.set("kind", kind);
  const res = await fetch("/api/uploads", { method: "POST", body }).catch(() => null);
  const json = res ? ((await res.json().catch(() => null)) as (StoredFile & { error?: string }) | null) : null;
  if (!res?.ok || !json || json.error) throw new Error(json?.error ?? `“${file.name}”上传失败，请稍后重试。`);
  return json;
}
