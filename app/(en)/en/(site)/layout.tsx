import { SiteChrome } from "@/components/SiteChrome";
import { TranslationNote } from "@/components/TranslationNote";
import { getSiteFooter } from "@/lib/queries/queries";

// English pages with the site's header and footer: our unofficial translation, said at the top.
export default async function EnglishSiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <SiteChrome lang="en" footer={await getSiteFooter()}>
      <TranslationNote />
      {children}
    </SiteChrome>
  );
}
