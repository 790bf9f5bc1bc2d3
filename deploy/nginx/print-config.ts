// `npm run --silent nginx:config > /etc/nginx/sites-enabled/portal`: the production site
// configuration. NGINX_LISTEN (80), PORTAL_INSTANCES ("127.0.0.1:3001,127.0.0.1:3002"),
// PORTAL_STATIC_DIR (this checkout's .next/static) and NGINX_CACHE_DIR
// (/var/cache/nginx/portal) change the defaults.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renderSite } from "./render";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const [a, b, ...rest] = (process.env.PORTAL_INSTANCES ?? "127.0.0.1:3001,127.0.0.1:3002").split(",").map((s) => s.trim());
if (!a || !b || rest.length) throw new Error("PORTAL_INSTANCES names two instances, host:port,host:port");

process.stdout.write(
  renderSite({
    listen: process.env.NGINX_LISTEN ?? "80",
    instances: [a, b],
    staticDir: process.env.PORTAL_STATIC_DIR ?? path.join(root, ".next", "static"),
    cacheDir: process.env.NGINX_CACHE_DIR ?? "/var/cache/nginx/portal",
  }),
);
