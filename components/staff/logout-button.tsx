import { signOutAction } from "@/lib/auth/sign-out";

/** A POST form, so that signing out works without JavaScript and cannot be triggered by a link. */
export function LogoutButton() {
  return (
    <form action={signOutAction} method="post">
      <button type="submit" className="rounded border border-white/60 px-3 py-1 hover:bg-white/15">
        退出登录
      </button>
    </form>
  );
}
