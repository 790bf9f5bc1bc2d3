import Link from "next/link";
import { can, type Permission } from "@/lib/auth/can";
import type { Role } from "@/lib/generated/prisma/enums";

// Other issues add their screens here as they land.
const LINKS: { href: string; label: string; permission?: Permission }[] = [
  { href: "/staff", label: "我的工作台" },
  { href: "/staff/records", label: "信息发布审批" },
  { href: "/staff/mailbox", label: "来信办理" },
  { href: "/staff/banner", label: "紧急公告" },
  { href: "/staff/columns", label: "栏目管理" },
  { href: "/staff/admin", label: "账号管理", permission: "account.manage" },
  { href: "/staff/admin/approvals", label: "管理员变更审批", permission: "admin_account.approve" },
  { href: "/staff/security", label: "安全策略", permission: "policy.manage" },
  { href: "/staff/audit", label: "审计记录", permission: "audit.read" },
  { href: "/staff/calendar", label: "工作日历", permission: "calendar.manage" },
  { href: "/staff/stats", label: "统计督查", permission: "stats.read_all" },
  { href: "/staff/password", label: "修改密码" },
  { href: "/", label: "网站首页" },
];

export function StaffNav({ roles = [], sectionId }: { roles?: Role[]; sectionId?: string }) {
  return (
    <nav aria-label="工作平台导航">
      <ul className="flex flex-wrap gap-1">
        {LINKS.filter((l) => !l.permission || can({ roles, sectionId }, l.permission)).map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="block rounded px-3 py-1 hover:bg-white/15">{l.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
