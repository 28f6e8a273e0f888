import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site";

// The sitemap's address depends on PUBLIC_URL at run time, not at build time.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/" }, sitemap: absoluteUrl("/sitemap.xml") };
}
