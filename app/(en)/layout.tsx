import { RootDocument, rootMetadata, rootViewport } from "@/components/RootDocument";

// The root layout of every page under /en: <html lang="en"> in the HTML the server sends. Pages
// mark the Chinese they quote lang="zh-CN".
export const metadata = rootMetadata("en");
export const viewport = rootViewport;

export default function EnglishRootLayout({ children }: { children: React.ReactNode }) {
  return <RootDocument lang="en">{children}</RootDocument>;
}
