// Next.js may bundle this module more than once in one server process: a guard registered
// from instrumentation.ts throws its copy's AppError into an action that holds another copy.
// So an error carries the names of its classes under a global symbol, and `instanceof`
// recognises any copy by them instead of by prototype identity.
const KINDS = Symbol.for("portal.errorKinds");

function kindsOf(cls: unknown): string[] {
  const out: string[] = [];
  for (let c = cls as { kind?: string } | null; c && Object.prototype.hasOwnProperty.call(c, "kind"); c = Object.getPrototypeOf(c)) out.push(c.kind!);
  return out;
}

/**
 * An error whose `userMessage` (Chinese) may be shown to the user. Anything else that is
 * thrown is logged and replaced by a generic message.
 */
export class AppError extends Error {
  static readonly kind: string = "AppError";

  static [Symbol.hasInstance](x: unknown): boolean {
    const kinds = typeof x === "object" && x !== null ? (x as Record<symbol, unknown>)[KINDS] : undefined;
    return Array.isArray(kinds) && kinds.includes(this.kind);
  }

  constructor(
    public readonly code: string,
    public readonly userMessage: string,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${userMessage}`, options);
    this.name = "AppError";
    Object.defineProperty(this, KINDS, { value: kindsOf(new.target) });
  }
}

export const GENERIC_ERROR_MESSAGE = "系统繁忙，请稍后再试。如问题持续，请联系信息统计科。";

/** The message a user may see for any thrown value; internals go to the log only. */
export function userMessageOf(err: unknown): string {
  if (err instanceof AppError) return err.userMessage;
  console.error(err);
  return GENERIC_ERROR_MESSAGE;
}
