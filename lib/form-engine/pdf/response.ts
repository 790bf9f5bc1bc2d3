/**
 * The HTTP response for a generated PDF. The file name may be Chinese (the record's title),
 * so it goes in the RFC 6266 / RFC 5987 `filename*` parameter, with an ASCII fallback for
 * old clients. Records are not public: the response must never be stored by a cache.
 */
export function pdfResponse(pdf: Uint8Array, filename: string, fallback = "form.pdf"): Response {
  const name = sanitizeFilename(filename.endsWith(".pdf") ? filename : `${filename}.pdf`) || fallback;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.byteLength),
      "Content-Disposition": `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRFC5987(name)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** Characters that are unsafe in a file name on common systems, and control characters. */
function sanitizeFilename(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, "_").trim().slice(0, 120);
}

function encodeRFC5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
