/**
 * An error whose `userMessage` (Chinese) may be shown to the user. Anything else that is
 * thrown is logged and replaced by a generic message.
 */
export class AppError extends Error {
  constructor(
    public readonly code: string,
    public readonly userMessage: string,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${userMessage}`, options);
    this.name = "AppError";
  }
}

export const GENERIC_ERROR_MESSAGE = "系统繁忙，请稍后再试。如问题持续，请联系信息统计科。";

/** The message a user may see for any thrown value; internals go to the log only. */
export function userMessageOf(err: unknown): string {
  if (err instanceof AppError) return err.userMessage;
  console.error(err);
  return GENERIC_ERROR_MESSAGE;
}
