import { RootDocument, rootMetadata, rootViewport } from "@/components/RootDocument";

// The root layout of every page in one language (the site, /embed/*, /present): <html lang> in the
// HTML the server sends. The header and footer are in the (site) group's layout, so /embed/* and
// /present pages carry neither. Pages mark text in the other language with its own lang.
export const metadata = rootMetadata("zh");
export const viewport = rootViewport;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <RootDocument lang="zh">{children}</RootDocument>;
}
