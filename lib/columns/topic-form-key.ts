/** The key of the 专题专栏申请 definition (forms/topic-column-request.ts), shared with its server side. */
export const TOPIC_REQUEST_FORM = "topic-column-request";
