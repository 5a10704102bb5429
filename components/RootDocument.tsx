import type { Metadata, Viewport } from "next";
import { HTML_LANG, SITE_NAME, type Lang } from "@/lib/i18n/language";
import { ELDER_MODE_SCRIPT } from "@/lib/site/elderMode";
import { isPreview, siteUrl } from "@/lib/links/siteUrl";
import "@/app/globals.css";
import "@/app/print.css";

// The document itself, shared by the two root layouts (app/(zh)/layout.tsx and app/(en)/layout.tsx)
// and the 404 page: a layout cannot see its URL, so each language has its own root layout, and the
// server's HTML carries the right <html lang> before any script runs.

const TEXT = {
  zh: {
    description: "平城区（山西省大同市）各项目标的进展和原文报告的结果：每个数字都附原文摘录。",
    locale: "zh_CN",
    preview: "本地预览：本页的链接、二维码、引用和嵌入代码都指向这台电脑（localhost），不是公开网址。",
  },
  en: {
    description:
      "Pingcheng District (Datong, Shanxi): where its targets stand and the results its source reports, every figure with its excerpt. English text is our unofficial translation.",
    locale: "en",
    preview: "Local preview: the links, QR codes, citations and embed codes on this page point to this computer (localhost), not to a public address.",
  },
} satisfies Record<Lang, { description: string; locale: string; preview: string }>;

export function rootMetadata(lang: Lang): Metadata {
  const { description, locale } = TEXT[lang];
  const name = SITE_NAME[lang];
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: name, template: `%s · ${name}` },
    description,
    openGraph: { siteName: name, locale, type: "website" },
    twitter: { card: "summary_large_image" },
  };
}

export const rootViewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#8b1a1a" };

export function RootDocument({ lang, children }: { lang: Lang; children: React.ReactNode }) {
  return (
    // suppressHydrationWarning: ELDER_MODE_SCRIPT may have set data-elder on <html> before React
    // hydrates; it applies to this element's attributes only, not to anything inside it.
    <html lang={HTML_LANG[lang]} suppressHydrationWarning>
      {/* The App Router's own <head> (the rule is written for pages/, where next/head is the way). */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        {/* 长辈模式 before the first paint: a constant script (one stable hash for the CSP). */}
        <script dangerouslySetInnerHTML={{ __html: ELDER_MODE_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        {/* A build without SITE_URL says what it is on every page, handouts and slides included. */}
        {isPreview() && <p className="bg-yellow-100 px-4 py-1 text-center text-sm text-ink" data-preview>{TEXT[lang].preview}</p>}
        {children}
      </body>
    </html>
  );
}
