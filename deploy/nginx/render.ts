// Renders deploy/nginx/portal.conf.template: for production (`npm run nginx:config`) and for
// the throwaway nginx of `npm run serve:cluster`, `test:cluster` and `bench:cluster`.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { UPLOAD_BODY_MAX_BYTES, UPLOAD_MAX_MB, UPLOAD_TOO_LARGE_MESSAGE } from "../../lib/uploads/limit.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface SiteOptions {
  /** nginx `listen` value, e.g. "8080" or "127.0.0.1:8080". */
  listen: string;
  /** The two Next.js instances, host:port. */
  instances: [string, string];
  /** The build's static folder (`<distDir>/static`), served directly by nginx. */
  staticDir: string;
  cacheDir: string;
}

/** The http-context configuration of the portal: cache, upstreams and the server block. */
export function renderSite(o: SiteOptions): string {
  const values: Record<string, string> = {
    LISTEN: o.listen,
    INSTANCE_A: o.instances[0],
    INSTANCE_B: o.instances[1],
    STATIC_DIR: o.staticDir.replace(/\/$/, ""),
    CACHE_DIR: o.cacheDir,
    UPLOAD_MAX_MB: String(UPLOAD_MAX_MB),
    BODY_MAX_BYTES: String(UPLOAD_BODY_MAX_BYTES),
    TOO_LARGE_MESSAGE: UPLOAD_TOO_LARGE_MESSAGE.replace(/["'\\]/g, ""),
  };
  const template = fs.readFileSync(path.join(HERE, "portal.conf.template"), "utf8");
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`nginx template: no value for {{${key}}}`);
    return value;
  });
}

/**
 * A complete nginx.conf for a private nginx run with `-p <prefix>`: pid, logs and every
 * temporary folder inside the prefix, so it needs nothing of /etc or /var. Run as root (CI),
 * nginx would hand its workers to `nobody`, who cannot read a build in a private folder or
 * write the prefix, so the workers then keep the invoking user like the Node instances.
 */
export function renderMain(prefix: string, siteFile: string, extraHttp = ""): string {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const p = (name: string) => path.join(prefix, name);
  return `${root ? "user root root;\n" : ""}worker_processes 2;
pid ${p("nginx.pid")};
error_log ${p("error.log")} warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    keepalive_requests 100000;
    gzip on;
    gzip_types text/css application/javascript application/json image/svg+xml;
    client_body_temp_path ${p("tmp/body")};
    proxy_temp_path ${p("tmp/proxy")};
    fastcgi_temp_path ${p("tmp/fastcgi")};
    uwsgi_temp_path ${p("tmp/uwsgi")};
    scgi_temp_path ${p("tmp/scgi")};
    include ${siteFile};
${extraHttp}}
`;
}
