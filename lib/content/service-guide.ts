import { z } from "zod";
import { isSafeLink } from "@/lib/security/safe-url";

// A 办事指南 item's links into the city's online service hall and its required materials
// (Art. 13), stored per article in articles."serviceGuide".
const url = z.string().trim().max(500).refine(isSafeLink, "链接须以 http(s):// 或 / 开头，且不能含空白字符或反斜杠");

export const SERVICE_LINKS = [
  { key: "applyUrl", label: "在线申办" },
  { key: "consultUrl", label: "网上咨询" },
  { key: "progressUrl", label: "进度查询" },
  { key: "resultUrl", label: "结果查询" },
] as const;

export const serviceGuideSchema = z.object({
  applyUrl: url.optional(),
  consultUrl: url.optional(),
  progressUrl: url.optional(),
  resultUrl: url.optional(),
  materials: z
    .array(z.object({ name: z.string().trim().min(1).max(200), note: z.string().max(200).optional(), downloadUrl: url.optional() }))
    .max(50)
    .default([]),
});

export type ServiceGuide = z.infer<typeof serviceGuideSchema>;

/** The stored guide, or null when there is none or it does not have the expected shape. */
export function parseServiceGuide(value: unknown): ServiceGuide | null {
  if (value == null) return null;
  const parsed = serviceGuideSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
