export declare function contentSecurityPolicy(scriptSrc: string, dev: boolean): string;
