import { revalidatePath } from "next/cache";
import { getDb, type Db } from "@/lib/db/client";
import { userMessageOf } from "@/lib/errors";
import type { Actor } from "./login";
import { getActor } from "./session";

export interface ActionState {
  ok: boolean;
  message: string;
}

export const SIGNED_OUT_MESSAGE = "登录已超时或已退出，请重新登录后再试。";

/**
 * The common shape of a staff server action: the current actor (or a Chinese refusal), the
 * work (which authorizes itself through assertCan), a Chinese result, and a fresh page.
 */
export async function runAction(path: string, work: (db: Db, actor: Actor) => Promise<string>): Promise<ActionState> {
  const actor = await getActor();
  if (!actor) return { ok: false, message: SIGNED_OUT_MESSAGE };
  try {
    const message = await work(getDb(), actor);
    revalidatePath(path);
    return { ok: true, message };
  } catch (err) {
    return { ok: false, message: userMessageOf(err) };
  }
}
