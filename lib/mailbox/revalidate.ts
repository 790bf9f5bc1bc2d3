import { expire } from "@/lib/content/revalidate";
import type { Effect } from "@/lib/form-engine/types";
import { MAILBOX_TAG } from "./public-letters";

/** The letters page and its statistics: after an answer is approved, or the calendar changes. */
export function revalidateMailbox(): void {
  // On every instance behind the proxy, like every other public page (lib/content/revalidate.ts).
  expire([MAILBOX_TAG]);
}

/** After 审核通过: a new answer, maybe a published letter. */
export const mailboxPublishEffect: Effect = { name: "mailboxPublish", afterCommit: revalidateMailbox };
