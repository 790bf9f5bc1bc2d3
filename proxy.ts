import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./lib/security/csp.mjs";

/**
 * Two jobs on every page request:
 * - x-pathname: the path, for lib/auth/session.ts (the forced password change); always
 *   overwritten here so that a client cannot choose it.
 * - a strict, nonce-based Content-Security-Policy for the staff workplace and the login page,
 *   which are rendered per request anyway. Public pages stay static, so they cannot carry a
 *   per-request nonce; they get the 'unsafe-inline' script policy from next.config.js instead
 *   (README, "Security headers").
 */
export function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  const path = request.nextUrl.pathname;
  requestHeaders.set("x-pathname", path);
  const strict = path === "/login" || path === "/staff" || path.startsWith("/staff/");
  if (!strict) return NextResponse.next({ request: { headers: requestHeaders } });

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = staffCsp(nonce, process.env.NODE_ENV === "development");
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export function staffCsp(nonce: string, dev: boolean): string {
  return contentSecurityPolicy(`'nonce-${nonce}' 'strict-dynamic'`, dev);
}

export const config = {
  matcher: [
    // Prefetches too: they render staff pages and must not carry a client-chosen x-pathname.
    "/((?!_next/static|_next/image|favicon.ico).*)",
  ],
};
