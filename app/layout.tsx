import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import "./globals.css";
import "./print.css";

export const metadata: Metadata = {
  title: { default: "平城区发展目标进展", template: "%s · 平城区发展目标进展" },
  description: "平城区（山西省大同市）2023年成绩与“四步走”战略目标的进展：每个数字都附原文出处。",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#8b1a1a" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          跳到正文
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
