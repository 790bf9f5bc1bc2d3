// @ts-check
// The one upload limit of the whole chain (issue 15 item 11): nginx's client_max_body_size
// (deploy/), Next's proxy body buffer (next.config.js), the upload route and checkUpload all
// derive from these numbers, so a file the form accepts is never cut off on the way.

/** The largest file a user may upload, in MB (images have their own, smaller limit). */
export const UPLOAD_MAX_MB = 20;
export const UPLOAD_MAX_BYTES = UPLOAD_MAX_MB * 1024 * 1024;
/** The largest request body: one file of the limit plus the multipart framing around it. */
export const UPLOAD_BODY_MAX_BYTES = UPLOAD_MAX_BYTES + 1024 * 1024;

/** The message for a body over the limit, wherever it is refused (app or nginx). */
export const UPLOAD_TOO_LARGE_MESSAGE = `文件超过${UPLOAD_MAX_MB}MB的上传上限，请压缩或拆分后再上传。`;
