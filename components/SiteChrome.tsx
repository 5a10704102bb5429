import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { UI, type Lang } from "@/lib/i18n/language";
import { getDatasetVersion, listSources } from "@/lib/queries/queries";
import { siteParticulars } from "@/lib/site/siteParticulars";

/**
 * The site around a page: skip link, header, main and footer. Not used by /embed/* pages.
 * `languageSwitch`: off on the 404 page, which has no counterpart in the other language.
 * It fetches what the footer shows, so that both language layouts and the 404 page get the same
 * footer from one place. `site-chrome` marks what 长辈模式 enlarges (app/globals.css), so the deck
 * and embeds, which have their own sizes, are left as they are.
 */
export async function SiteChrome({ children, lang = "zh", languageSwitch = true }: { children: React.ReactNode; lang?: Lang; languageSwitch?: boolean }) {
  const [dataset, sources] = await Promise.all([getDatasetVersion(), listSources()]);
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {UI[lang].skip}
      </a>
      <SiteHeader lang={lang} languageSwitch={languageSwitch} />
      <main id="main" className="site-chrome mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:px-6">
        {children}
      </main>
      <SiteFooter lang={lang} dataset={dataset} sources={sources} particulars={siteParticulars()} />
    </>
  );
}
