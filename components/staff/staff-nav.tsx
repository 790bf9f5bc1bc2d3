import Link from "next/link";
import { can, type Permission } from "@/lib/auth/can";
import type { Role } from "@/lib/generated/prisma/enums";

// Other issues add their screens here as they land.
const LINKS: { href: string; label: string; permission?: Permission }[] = [
  { href: "/staff", label: "我的工作台" },
  { href: "/staff/records", label: "信息发布审批", permission: "records.use" },
  { href: "/staff/submissions", label: "信息报送", permission: "submissions.use" },
  { href: "/staff/mailbox", label: "来信办理", permission: "mailbox.handle" },
  { href: "/staff/banner", label: "紧急公告", permission: "banner.switch" },
  { href: "/staff/columns", label: "栏目管理", permission: "columns.view" },
  { href: "/staff/admin", label: "账号管理", permission: "account.manage" },
  { href: "/staff/admin/approvals", label: "管理员变更审批", permission: "admin_account.approve" },
  { href: "/staff/security", label: "安全策略", permission: "policy.manage" },
  { href: "/staff/audit", label: "审计记录", permission: "audit.read" },
  { href: "/staff/calendar", label: "工作日历", permission: "calendar.manage" },
  { href: "/staff/informants", label: "信息员名册", permission: "informants.manage" },
  { href: "/staff/stats", label: "统计督查", permission: "stats.read_all" },
  { href: "/staff/annual-reports", label: "年度报告", permission: "annual_report.use" },
  { href: "/staff/password", label: "修改密码" },
  { href: "/", label: "网站首页" },
];

/** The menu entries this account can use, decided by the one permission table (lib/auth/can.ts). */
export const staffMenu = (actor: { roles: Role[]; sectionId?: string }) => LINKS.filter((l) => !l.permission || can(actor, l.permission));

export function StaffNav({ roles = [], sectionId }: { roles?: Role[]; sectionId?: string }) {
  return (
    <nav aria-label="工作平台导航">
      <ul className="flex flex-wrap gap-1">
        {staffMenu({ roles, sectionId }).map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="block rounded px-3 py-1 hover:bg-white/15">{l.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
