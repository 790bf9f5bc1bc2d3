import { AppError } from "@/lib/errors";

/** What may be attached to a publication or a letter: office documents, PDFs and images. */
export const UPLOAD_TYPES: Record<string, { mime: string[]; label: string }> = {
  pdf: { mime: ["application/pdf"], label: "PDF" },
  doc: { mime: ["application/msword"], label: "Word" },
  docx: { mime: ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"], label: "Word" },
  xls: { mime: ["application/vnd.ms-excel"], label: "Excel" },
  xlsx: { mime: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"], label: "Excel" },
  wps: { mime: ["application/vnd.ms-works", "application/kswps", "application/octet-stream"], label: "WPS" },
  jpg: { mime: ["image/jpeg"], label: "图片" },
  jpeg: { mime: ["image/jpeg"], label: "图片" },
  png: { mime: ["image/png"], label: "图片" },
  gif: { mime: ["image/gif"], label: "图片" },
};

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

// The first bytes each kind must start with, so a renamed script is not accepted as a PDF.
const MAGIC: Record<string, number[][]> = {
  pdf: [[0x25, 0x50, 0x44, 0x46]],
  png: [[0x89, 0x50, 0x4e, 0x47]],
  jpg: [[0xff, 0xd8, 0xff]],
  jpeg: [[0xff, 0xd8, 0xff]],
  gif: [[0x47, 0x49, 0x46, 0x38]],
  docx: [[0x50, 0x4b, 0x03, 0x04]],
  xlsx: [[0x50, 0x4b, 0x03, 0x04]],
  doc: [[0xd0, 0xcf, 0x11, 0xe0]],
  xls: [[0xd0, 0xcf, 0x11, 0xe0]],
  wps: [[0xd0, 0xcf, 0x11, 0xe0]],
};

export interface UploadLike {
  name: string;
  size: number;
  type: string;
  arrayBuffer?: () => Promise<ArrayBuffer>;
}

const allowedList = () => Object.keys(UPLOAD_TYPES).join("、");

/**
 * Checks an uploaded file's name, declared type, size and (when readable) its first bytes.
 * Throws an AppError with a Chinese message naming the file; returns the lower-case extension.
 */
export async function checkUpload(file: UploadLike, maxBytes = MAX_UPLOAD_BYTES): Promise<string> {
  const name = file.name.trim();
  if (!name) throw new AppError("upload_name", "附件缺少文件名。");
  if (/[\\/\0]/.test(name) || name.length > 200) throw new AppError("upload_name", `附件“${name.slice(0, 50)}”的文件名不合法。`);
  const ext = name.includes(".") ? name.split(".").pop()!.toLowerCase() : "";
  const kind = UPLOAD_TYPES[ext];
  if (!kind) throw new AppError("upload_type", `附件“${name}”的类型不允许上传，只能上传：${allowedList()}。`);
  if (file.type && !kind.mime.includes(file.type)) throw new AppError("upload_type", `附件“${name}”的内容与扩展名不符，请检查后重新上传。`);
  if (file.size === 0) throw new AppError("upload_empty", `附件“${name}”是空文件。`);
  if (file.size > maxBytes) throw new AppError("upload_size", `附件“${name}”超过大小限制（最大${Math.round(maxBytes / 1024 / 1024)}MB）。`);
  if (file.arrayBuffer) {
    const head = new Uint8Array((await file.arrayBuffer()).slice(0, 8));
    const ok = (MAGIC[ext] ?? []).some((sig) => sig.every((b, i) => head[i] === b));
    if (!ok) throw new AppError("upload_type", `附件“${name}”的内容与扩展名不符，请检查后重新上传。`);
  }
  return ext;
}
