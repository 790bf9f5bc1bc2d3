// A .docx turned into the editor's HTML with mammoth (loaded only when a file is imported).
// Pictures in the document go through the same upload check as any image; the result is
// cleaned like a paste, so headings, lists, tables and bold arrive and nothing else does.
import { uploadFile } from "./upload";
import { cleanPastedHtml } from "./word-paste";

const EXTENSIONS: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/gif": "gif" };

export async function docxToHtml(file: File): Promise<{ html: string; warnings: string[] }> {
  const mammoth = (await import("mammoth")).default;
  const warnings: string[] = [];
  let n = 0;
  const result = await mammoth.convertToHtml(
    { arrayBuffer: await file.arrayBuffer() },
    {
      convertImage: mammoth.images.imgElement(async (image) => {
        const ext = EXTENSIONS[image.contentType];
        if (!ext) {
          warnings.push(`文档中的一幅图片格式（${image.contentType}）不能上传，已略过。`);
          return { src: "" };
        }
        const bytes = await image.readAsArrayBuffer();
        const stored = await uploadFile(new File([bytes], `${file.name.replace(/\.docx$/i, "")}-图${++n}.${ext}`, { type: image.contentType }), "image");
        // mammoth adds the picture's own alt text (its 可选文字) to the element itself.
        return { src: stored.url };
      }),
    },
  );
  return { html: cleanPastedHtml(result.value), warnings };
}
