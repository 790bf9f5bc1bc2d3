import Link from "next/link";

/** The Art. 7 emergency notice for a major public-health event, above every public page. */
export function EmergencyBanner({ banner }: { banner: { message: string; linkUrl: string | null } | null }) {
  if (!banner) return null;
  return (
    <section aria-label="紧急公告" data-testid="emergency-banner" className="bg-accent text-white">
      <p className="mx-auto max-w-6xl px-4 py-3 text-lg font-bold">
        <span className="mr-2 rounded bg-white px-2 py-0.5 text-accent">紧急公告</span>
        {banner.linkUrl ? <Link href={banner.linkUrl} className="underline">{banner.message}</Link> : banner.message}
      </p>
    </section>
  );
}
