// Server-only, imported once by forms/effects.ts: adds the Art. 17 keyword guard to 推送.
import { getDb } from "@/lib/db/client";
import { registerGuard } from "@/lib/form-engine/guards";
import { CHECKED_FORM, classifiedKeywordGuard } from "./classified-guard";

registerGuard(CHECKED_FORM, "push", classifiedKeywordGuard(getDb));
