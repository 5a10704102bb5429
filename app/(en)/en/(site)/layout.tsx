import { SiteChrome } from "@/components/SiteChrome";
import { TranslationNote } from "@/components/TranslationNote";

// English pages with the site's header and footer: our unofficial translation, said at the top.
export default function EnglishSiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <SiteChrome lang="en">
      <TranslationNote />
      {children}
    </SiteChrome>
  );
}
