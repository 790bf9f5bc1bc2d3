// The citizen's copy of the case's letter (告知书): reached only through the same lookup as the
// status page (query code + second factor, posted, counted against the client's limit), so the
// case is found from the code and never from an id the client sends, and only once the
// definition's letter is open to the citizen (e.g. after 审核通过).
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { composeLetter, letterFileName, letterOpen } from "../letters/compose";
import { loadLookups } from "../lookups";
import { renderLetterPdf } from "../pdf/letter";
import { findCase, type LookupInput } from "./lookup";
import type { PublicDefinition } from "./registry";

export const LETTER_NOT_READY = "答复经审核后才能下载告知书，请稍后再查询。";

export async function citizenLetter(db: Db, def: PublicDefinition, input: LookupInput): Promise<{ pdf: Buffer; filename: string }> {
  const record = await findCase(db, def, input);
  if (!letterOpen(def, record.state, "citizen")) throw new AppError("letter_not_ready", LETTER_NOT_READY);
  const doc = composeLetter(def, { state: record.state, data: record.data as never, events: record.events, registrationNumber: record.registrationNumber }, await loadLookups(db));
  return { pdf: await renderLetterPdf(doc), filename: letterFileName(doc) };
}
