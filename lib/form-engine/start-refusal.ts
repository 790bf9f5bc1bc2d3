import type { FormDefinition } from "./types";

/**
 * What the new-record page says to an account no creating action admits: the definition's own
 * explanation (who fills it in, under which article), or a plain sentence naming the form.
 */
export const cannotStartMessage = (def: Pick<FormDefinition, "title" | "cannotStartMessage">): string =>
  def.cannotStartMessage ?? `您的账号不能新建“${def.title}”。`;
