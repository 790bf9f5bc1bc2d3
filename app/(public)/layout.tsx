import { SiteFooter } from "@/components/public/site-footer";
import { SiteHeader } from "@/components/public/site-header";
import { listTopColumns } from "@/lib/content/columns";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const columns = await listTopColumns();
  return (
    <>
      <SiteHeader columns={columns} />
      <main id="main" className="mx-auto min-h-[50vh] max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
