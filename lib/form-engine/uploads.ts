// Files attached to form records, stored in PostgreSQL (table `uploads`) so that every
// instance behind the proxy serves every file (issue 16, stateless instances).
import { randomUUID } from "node:crypto";
import path from "node:path";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { UPLOAD_MAX_BYTES } from "@/lib/uploads/limit.mjs";

export type UploadKind = "image" | "attachment";

const TYPES: Record<string, { mime: string; kinds: UploadKind[] }> = {
  ".png": { mime: "image/png", kinds: ["image", "attachment"] },
  ".jpg": { mime: "image/jpeg", kinds: ["image", "attachment"] },
  ".jpeg": { mime: "image/jpeg", kinds: ["image", "attachment"] },
  ".gif": { mime: "image/gif", kinds: ["image", "attachment"] },
  ".pdf": { mime: "application/pdf", kinds: ["attachment"] },
  ".doc": { mime: "application/msword", kinds: ["attachment"] },
  ".docx": { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", kinds: ["attachment"] },
  ".xls": { mime: "application/vnd.ms-excel", kinds: ["attachment"] },
  ".xlsx": { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", kinds: ["attachment"] },
  ".txt": { mime: "text/plain; charset=utf-8", kinds: ["attachment"] },
  ".zip": { mime: "application/zip", kinds: ["attachment"] },
};

export const MAX_BYTES: Record<UploadKind, number> = { image: 5 * 1024 * 1024, attachment: UPLOAD_MAX_BYTES };

// The first bytes of each image format, so a renamed file is not accepted as an image.
const MAGIC: Record<string, number[]> = { "image/png": [0x89, 0x50, 0x4e, 0x47], "image/jpeg": [0xff, 0xd8, 0xff], "image/gif": [0x47, 0x49, 0x46, 0x38] };

// The folder uploads were kept in before they moved into the database. Backup and restore still
// carry files found there, and the next start moves them in (lib/uploads/move-from-disk.ts).
export const uploadDir = () => process.env.UPLOAD_DIR ?? path.resolve(process.cwd(), ".data/uploads");

/** The generated names files are stored and linked under: `<uuid>.<ext>`, never a path. */
export const STORED_NAME = /^[0-9a-f-]{36}\.[a-z]{2,4}$/;

/** The MIME type of a stored name's extension, or undefined for an unknown one. */
export const mimeOfStored = (stored: string): string | undefined => TYPES[path.extname(stored)]?.mime;

/** Refuses a file by type or size with a Chinese message; returns its MIME type. */
export function checkUpload(name: string, bytes: Uint8Array, kind: UploadKind): string {
  const ext = path.extname(name).toLowerCase();
  const t = TYPES[ext];
  const allowed = Object.entries(TYPES).filter(([, v]) => v.kinds.includes(kind)).map(([k]) => k.slice(1)).join("、");
  if (!t || !t.kinds.includes(kind)) throw new AppError("upload_type", `“${name}”的文件类型不允许上传。${kind === "image" ? "图片" : "附件"}只能是：${allowed}。`);
  if (bytes.length === 0) throw new AppError("upload_empty", `“${name}”是空文件，请重新选择。`);
  const max = MAX_BYTES[kind];
  if (bytes.length > max) throw new AppError("upload_size", `“${name}”超过${max / 1024 / 1024}MB，请压缩后再上传。`);
  const magic = MAGIC[t.mime];
  if (magic && !magic.every((b, i) => bytes[i] === b)) throw new AppError("upload_type", `“${name}”不是有效的图片文件。`);
  return t.mime;
}

/** Checks and stores one file; returns the description a record keeps. */
export async function saveUpload(name: string, bytes: Uint8Array, kind: UploadKind, uploaderId: string | null) {
  const mime = checkUpload(name, bytes, kind);
  const stored = `${randomUUID()}${path.extname(name).toLowerCase()}`;
  await getDb().storedUpload.create({ data: { name: stored, mime, size: bytes.length, bytes: Buffer.from(bytes), uploaderId } });
  return { name: path.basename(name).slice(0, 200), url: `/api/uploads/${stored}`, size: bytes.length, type: mime };
}

/** A stored upload by its generated name, or null (names are never paths). */
export async function readUpload(stored: string) {
  if (!STORED_NAME.test(stored) || !mimeOfStored(stored)) return null;
  const row = await getDb().storedUpload.findUnique({ where: { name: stored }, select: { bytes: true, mime: true, uploaderId: true } });
  return row ? { bytes: row.bytes, mime: row.mime, uploaderId: row.uploaderId } : null;
}
