import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/links/siteUrl";

export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  // Embeds are views of the indicator pages, which are the ones to index.
  return { rules: { userAgent: "*", allow: "/", disallow: "/embed/" }, sitemap: siteUrl("/sitemap.xml") };
}
