export declare const UPLOAD_MAX_MB: number;
export declare const UPLOAD_MAX_BYTES: number;
export declare const UPLOAD_BODY_MAX_BYTES: number;
export declare const UPLOAD_TOO_LARGE_MESSAGE: string;
