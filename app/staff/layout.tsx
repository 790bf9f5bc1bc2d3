import { LogoutButton } from "@/components/staff/logout-button";
import { SessionKeepAlive } from "@/components/staff/session-keepalive";
import { StaffNav } from "@/components/staff/staff-nav";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getPolicy } from "@/lib/security/policy";
import { SITE } from "@/lib/site";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const { idleTimeoutMinutes } = await getPolicy(getDb());
  return (
    <>
      <SessionKeepAlive idleMinutes={idleTimeoutMinutes} />
      <header className="bg-brand-dark text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="font-bold">{SITE.shortName} · 网站工作平台</p>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span data-testid="current-user">{actor.displayName}（{actor.sectionName}）</span>
            <LogoutButton />
          </div>
        </div>
        <div className="mx-auto max-w-6xl px-2 pb-2">
          <StaffNav roles={actor.roles} sectionId={actor.sectionId} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}
