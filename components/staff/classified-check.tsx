import { PostForm } from "@/components/staff/post-form";
import { confirmClassifiedAction } from "@/lib/security/classified-actions";
import { can } from "@/lib/auth/can";
import type { Actor } from "@/lib/auth/login";
import { getDb } from "@/lib/db/client";
import { classifiedStatus } from "@/lib/security/classified-guard";
import { classifiedWarning } from "@/lib/security/keywords";

/**
 * The Art. 17 keyword panel for a publication approval record: the warning for everyone who
 * sees the record, and the confirm button for a reviewer. Drop it into the record page.
 */
export async function ClassifiedCheck({ recordId, actor }: { recordId: string; actor: Actor }) {
  const { hits, confirmed } = await classifiedStatus(getDb(), recordId);
  if (hits.length === 0) return null;
  return (
    <section aria-label="保密审查" className="rounded border border-amber-400 bg-amber-50 p-3" data-testid="classified-check">
      <p role="alert">{classifiedWarning(hits)}</p>
      {confirmed ? (
        <p className="mt-2 text-green-700">审核人已确认本信息不涉密。</p>
      ) : (
        can(actor, "classified.confirm") && (
          <div className="mt-2">
            <PostForm action={confirmClassifiedAction} submitLabel="确认不涉密">
              <input type="hidden" name="recordId" value={recordId} />
            </PostForm>
          </div>
        )
      )}
    </section>
  );
}
