import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { UI, type Lang } from "@/lib/i18n/language";

/**
 * The site around a page: skip link, header, main and footer. Not used by /embed/* pages.
 * `languageSwitch`: off on the 404 page, which has no counterpart in the other language.
 */
export function SiteChrome({ children, lang = "zh", languageSwitch = true }: { children: React.ReactNode; lang?: Lang; languageSwitch?: boolean }) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {UI[lang].skip}
      </a>
      <SiteHeader lang={lang} languageSwitch={languageSwitch} />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:px-6">
        {children}
      </main>
      <SiteFooter lang={lang} />
    </>
  );
}
