import { RootDocument, rootMetadata, rootViewport } from "@/components/RootDocument";

// The root layout of every Chinese page (the site, /embed/*, /present): <html lang="zh-CN">. The
// header and footer are in app/(zh)/(site)/layout.tsx, so /embed/* pages carry neither. English
// pages have their own root layout, app/(en)/layout.tsx.
export const metadata = rootMetadata("zh");
export const viewport = rootViewport;

export default function ChineseRootLayout({ children }: { children: React.ReactNode }) {
  return <RootDocument lang="zh">{children}</RootDocument>;
}
