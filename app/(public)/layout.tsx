import { EmergencyBanner } from "@/components/public/emergency-banner";
import { SiteFooter } from "@/components/public/site-footer";
import { SiteHeader } from "@/components/public/site-header";
import { getBanner, getTopColumns } from "@/lib/content/public-data";
import "./elder-mode.css";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const [columns, banner] = await Promise.all([getTopColumns(), getBanner()]);
  return (
    <>
      <SiteHeader columns={columns} />
      <EmergencyBanner banner={banner} />
      <main id="main" tabIndex={-1} className="mx-auto min-h-[50vh] max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
