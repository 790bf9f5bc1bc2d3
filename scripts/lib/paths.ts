import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
// PORTAL_DATA_DIR moves the data folder (embedded database, audit key, secrets) elsewhere.
export const DATA_DIR = process.env.PORTAL_DATA_DIR ? path.resolve(process.env.PORTAL_DATA_DIR) : path.join(ROOT, ".data");
export const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
