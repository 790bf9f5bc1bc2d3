import { revalidateTag } from "next/cache";
import type { Effect } from "@/lib/form-engine/types";
import { MAILBOX_TAG } from "./public-letters";

/** After 审核通过: the letters page and its statistics change (a new answer, maybe a published letter). */
export const mailboxPublishEffect: Effect = {
  name: "mailboxPublish",
  afterCommit: () => {
    try {
      revalidateTag(MAILBOX_TAG, { expire: 0 });
    } catch (err) {
      // Outside a Next.js request (tests, scripts) there is no page cache to refresh.
      console.warn("mailbox cache not revalidated:", (err as Error).message);
    }
  },
};
