"use server";

import { redirect } from "next/navigation";
import { createAccount, resetPassword, setAccountDisabled, setAccountRoles, transferPublisher, unlockAccount } from "@/lib/auth/accounts";
import { runAction, type ActionState } from "@/lib/auth/action";
import { approveProposal, needsApproval, proposeAccountChange, rejectProposal, withdrawProposal, type AccountChange } from "@/lib/auth/admin-proposals";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/login";

// Every action posts a real form (components/staff/post-form.tsx): (previous state, form data).
type Previous = ActionState | null;
const PATH = "/staff/admin";
const str = (form: FormData, key: string) => String(form.get(key) ?? "");
const PROPOSED_MESSAGE = "涉及管理员账号，已提交变更申请，须经另一名管理员（安全管理员）批准后生效。";

/** A change to an administrator account becomes a proposal (三员分立); any other is applied at once. */
async function applyOrPropose(db: Db, actor: Actor, change: AccountChange, apply: () => Promise<string>): Promise<string> {
  if (await needsApproval(db, change)) {
    await proposeAccountChange(db, actor, change);
    return PROPOSED_MESSAGE;
  }
  return apply();
}

export async function createAccountAction(_: Previous, form: FormData): Promise<ActionState> {
  const account = {
    username: str(form, "username"),
    displayName: str(form, "displayName"),
    sectionId: str(form, "sectionId"),
    roles: form.getAll("roles").map(String) as Role[],
    tempPassword: str(form, "tempPassword"),
  };
  return runAction(PATH, (db, actor) =>
    applyOrPropose(db, actor, { kind: "create", account }, async () => {
      await createAccount(db, actor, account);
      return `账号 ${account.username} 已创建，首次登录须修改临时密码。`;
    }),
  );
}

export async function setDisabledAction(_: Previous, form: FormData): Promise<ActionState> {
  const disabled = str(form, "disabled") === "true";
  const accountId = str(form, "accountId");
  return runAction(PATH, (db, actor) =>
    applyOrPropose(db, actor, { kind: disabled ? "disable" : "enable", accountId }, async () => {
      await setAccountDisabled(db, actor, accountId, disabled);
      return disabled ? "账号已停用。" : "账号已启用。";
    }),
  );
}

export async function resetPasswordAction(_: Previous, form: FormData): Promise<ActionState> {
  const accountId = str(form, "accountId");
  const tempPassword = str(form, "tempPassword");
  return runAction(PATH, (db, actor) =>
    applyOrPropose(db, actor, { kind: "reset_password", accountId, tempPassword }, async () => {
      await resetPassword(db, actor, accountId, tempPassword);
      return "已重置为临时密码，并解除锁定；该账号下次登录须修改密码。";
    }),
  );
}

export async function setRolesAction(_: Previous, form: FormData): Promise<ActionState> {
  const accountId = str(form, "accountId");
  const roles = form.getAll("roles").map(String) as Role[];
  return runAction(PATH, (db, actor) =>
    applyOrPropose(db, actor, { kind: "set_roles", accountId, roles }, async () => {
      await setAccountRoles(db, actor, accountId, roles);
      return "角色已更改。";
    }),
  );
}

export async function unlockAction(_: Previous, form: FormData): Promise<ActionState> {
  return runAction(PATH, async (db, actor) => {
    await unlockAccount(db, actor, str(form, "accountId"));
    return "账号已解锁。";
  });
}

export async function transferPublisherAction(_: Previous, form: FormData): Promise<ActionState> {
  return runAction(PATH, async (db, actor) => {
    await transferPublisher(db, actor, str(form, "accountId"), str(form, "toId"));
    return "发布账号已移交。";
  });
}

// A decided proposal leaves the list, and its form with it: the outcome is shown by the page
// it returns to (only the word of the outcome travels in the URL).
const APPROVALS = "/staff/admin/approvals";

export async function approveProposalAction(_: Previous, form: FormData): Promise<ActionState> {
  const result = await runAction(APPROVALS, async (db, actor) => {
    await approveProposal(db, actor, str(form, "proposalId"));
    return "approved";
  });
  if (result.ok) redirect(`${APPROVALS}?done=approved`);
  return result;
}

export async function rejectProposalAction(_: Previous, form: FormData): Promise<ActionState> {
  const result = await runAction(APPROVALS, async (db, actor) => {
    await rejectProposal(db, actor, str(form, "proposalId"), str(form, "note"));
    return "rejected";
  });
  if (result.ok) redirect(`${APPROVALS}?done=rejected`);
  return result;
}

export async function withdrawProposalAction(_: Previous, form: FormData): Promise<ActionState> {
  return runAction(PATH, async (db, actor) => {
    await withdrawProposal(db, actor, str(form, "proposalId"));
    return "申请已撤回。";
  });
}
