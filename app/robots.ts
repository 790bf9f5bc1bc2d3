import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/content/feed";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/staff", "/login", "/api/"] }],
    sitemap: `${siteOrigin()}/sitemap.xml`,
  };
}
