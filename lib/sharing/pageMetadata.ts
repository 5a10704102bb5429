// The metadata a shareable page carries besides its title: canonical address and link-preview texts
// (the preview image itself comes from the route's opengraph-image.tsx / twitter-image.tsx).
import type { Metadata } from "next";

const SITE = "平城区发展目标进展";

export function shareableMetadata({ title, description, path }: { title: string; description: string; path: string }): Metadata {
  const full = `${title} · ${SITE}`;
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title: full, description, url: path, siteName: SITE, locale: "zh_CN", type: "website" },
    twitter: { card: "summary_large_image", title: full, description },
  };
}
