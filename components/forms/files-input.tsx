"use client";

import { useState } from "react";
import { useFormContext } from "react-hook-form";
import type { FilesField } from "@/lib/form-engine/types";
import { uploadFile, type StoredFile } from "@/lib/rich-text/upload";

/** Uploads files one by one to /api/uploads and keeps their descriptions in the form value. */
export function FilesInput({ field: f, id }: { field: FilesField; id: string }) {
  const { watch, setValue } = useFormContext();
  const files = (watch(f.key) as StoredFile[] | undefined) ?? [];
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function upload(list: FileList | null) {
    if (!list) return;
    setError(null);
    setBusy(true);
    const added: StoredFile[] = [];
    for (const file of Array.from(list)) {
      try {
        added.push(await uploadFile(file, f.type === "images" ? "image" : "attachment"));
      } catch (err) {
        setError((err as Error).message);
        break;
      }
    }
    setValue(f.key, [...files, ...added], { shouldDirty: true });
    setBusy(false);
  }

  return (
    <>
      <label htmlFor={id} className="mb-1 block font-medium">{f.label}</label>
      <input id={id} type="file" multiple accept={f.type === "images" ? "image/png,image/jpeg,image/gif" : undefined} onChange={(e) => { void upload(e.target.files); e.target.value = ""; }} disabled={busy} />
      {busy ? <p className="text-sm text-slate-600">正在上传……</p> : null}
      {error ? <p className="mt-1 text-sm text-red-700" role="alert">{error}</p> : null}
      {files.length ? (
        <ul className="mt-2 grid gap-1">
          {files.map((file, i) => (
            <li key={file.url} className="flex items-center gap-2 text-sm">
              <a href={file.url} className="text-brand underline">{file.name}</a>
              <span className="text-slate-500">{Math.ceil(file.size / 1024)} KB</span>
              <button type="button" className="text-red-700 underline" onClick={() => setValue(f.key, files.filter((_, j) => j !== i), { shouldDirty: true })}>删除</button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
