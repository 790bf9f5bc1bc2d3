// Server-only, imported once by forms/effects.ts: adds the Art. 17 keyword guard to 推送 (and to 批准紧急发布).
import { getDb } from "@/lib/db/client";
import { registerGuard } from "@/lib/form-engine/guards";
import { CHECKED_FORM, classifiedKeywordGuard } from "./classified-guard";

registerGuard(CHECKED_FORM, "push", classifiedKeywordGuard(getDb));
// 紧急发布 publishes on the leader's approval without 推送: the same check guards that step.
registerGuard(CHECKED_FORM, "urgent_leader_approve", classifiedKeywordGuard(getDb));
