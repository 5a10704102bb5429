import type { Metadata } from "next";
import { DocumentLang } from "@/components/DocumentLang";
import { SiteChrome } from "@/components/SiteChrome";

// English pages: our unofficial translation. The content is marked lang="en" (see DocumentLang).
export const metadata: Metadata = {
  title: { default: "Pingcheng progress dashboard", template: "%s · Pingcheng progress dashboard" },
  openGraph: { siteName: "Pingcheng progress dashboard", locale: "en", type: "website" },
};

export default function EnglishLayout({ children }: { children: React.ReactNode }) {
  return (
    <div lang="en" className="flex min-h-screen flex-col">
      <DocumentLang lang="en" />
      <SiteChrome lang="en">
        <p className="mb-4 rounded bg-wash p-2 text-sm text-muted">
          English version: names, definitions and translations are ours, unofficial. The Chinese page is the authority.
        </p>
        {children}
      </SiteChrome>
    </div>
  );
}
