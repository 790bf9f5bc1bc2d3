// The portal's production HTTP server: Next.js's request handler inside a plain Node server,
// so that the client address is taken from the TCP socket (Next.js gives route handlers and
// server actions none, and its own X-Forwarded-For is whatever the client sent). See
// lib/security/client-ip.ts and README "Client address and TRUSTED_PROXY_HOPS".
import http from "node:http";
import next from "next";
import { CLIENT_IP_SERVER_FLAG, stampClientAddress, trustedProxyHops } from "../lib/security/client-address";
import { ROOT } from "./lib/paths";

const port = Number(process.env.PORT ?? 3000);
const hops = trustedProxyHops();

process.env[CLIENT_IP_SERVER_FLAG] = "1";
const app = next({ dev: false, dir: ROOT, port, hostname: "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  stampClientAddress(req, hops);
  handle(req, res).catch((err: unknown) => {
    console.error("request failed", err);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
// All interfaces, as `next start` does; behind a proxy, firewall the port (README).
server.listen(port, () => {
  console.log(`Portal listening on port ${port} (trusted proxy hops: ${hops}).`);
});
const stop = () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  // Requests still running get a few seconds, then the process ends anyway.
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
