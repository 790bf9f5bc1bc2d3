// The Content-Security-Policy, in one place for both its users: next.config.js (static public
// pages, which cannot carry a per-request nonce) and proxy.ts (the staff workplace and login).
// Plain JavaScript because next.config.js imports it before any TypeScript is compiled.

/**
 * @param {string} scriptSrc the script-src sources after 'self'
 * @param {boolean} dev React needs eval in development only (error stacks), never in production
 * @returns {string}
 */
export function contentSecurityPolicy(scriptSrc, dev) {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptSrc}${dev ? " 'unsafe-eval'" : ""}`,
    // React sets style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
