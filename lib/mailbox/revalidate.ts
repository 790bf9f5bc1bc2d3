import { revalidateTag } from "next/cache";
import type { Effect } from "@/lib/form-engine/types";
import { MAILBOX_TAG } from "./public-letters";

/** The letters page and its statistics: after an answer is approved, or the calendar changes. */
export function revalidateMailbox(): void {
  try {
    revalidateTag(MAILBOX_TAG, { expire: 0 });
  } catch (err) {
    // Outside a Next.js request (tests, scripts) there is no page cache to refresh.
    console.warn("mailbox cache not revalidated:", (err as Error).message);
  }
}

/** After 审核通过: a new answer, maybe a published letter. */
export const mailboxPublishEffect: Effect = { name: "mailboxPublish", afterCommit: revalidateMailbox };
