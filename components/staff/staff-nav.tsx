import Link from "next/link";

// Other issues add their screens here as they land.
const LINKS = [
  { href: "/staff", label: "我的工作台" },
  { href: "/staff/banner", label: "紧急公告" },
  { href: "/", label: "网站首页" },
];

export function StaffNav() {
  return (
    <nav aria-label="工作平台导航">
      <ul className="flex flex-wrap gap-1">
        {LINKS.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="block rounded px-3 py-1 hover:bg-white/15">{l.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
