import type { Metadata, Viewport } from "next";
import { siteUrl } from "@/lib/siteUrl";
import "./globals.css";
import "./print.css";

// The root layout is the document only. The site's header and footer are in app/(site)/layout.tsx,
// so that /embed/* pages (shown inside other sites' iframes) carry neither.
export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: "平城区发展目标进展", template: "%s · 平城区发展目标进展" },
  description: "平城区（山西省大同市）2023年成绩与“四步走”战略目标的进展：每个数字都附原文出处。",
  openGraph: { siteName: "平城区发展目标进展", locale: "zh_CN", type: "website" },
  twitter: { card: "summary_large_image" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#8b1a1a" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="flex min-h-screen flex-col font-sans antialiased">{children}</body>
    </html>
  );
}
