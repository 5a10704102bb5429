import { SiteFooter, type SiteFooterProps } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { TranslationNote } from "@/components/TranslationNote";
import type { Lang } from "@/lib/i18n/language";

// English pages say at the top that the English is ours and the Chinese the authority; Chinese pages need no such line.
const TEXT = {
  zh: { skip: "跳到正文", note: null },
  en: { skip: "Skip to content", note: <TranslationNote /> },
} satisfies Record<Lang, { skip: string; note: React.ReactNode }>;

/**
 * The site around a page: skip link, header, main and footer. Not used by /embed/* pages.
 * `languageSwitch`: off on the 404 page, which has no counterpart in the other language.
 * The layouts and the 404 page fetch what the footer shows (getSiteFooter) and hand it here.
 * `site-chrome` marks what 长辈模式 enlarges (app/globals.css), so the deck
 * and embeds, which have their own sizes, are left as they are.
 */
export function SiteChrome({ children, footer, lang = "zh", languageSwitch = true }: {
  children: React.ReactNode; footer: Omit<SiteFooterProps, "lang">; lang?: Lang; languageSwitch?: boolean;
}) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {TEXT[lang].skip}
      </a>
      <SiteHeader lang={lang} languageSwitch={languageSwitch} />
      <main id="main" className="site-chrome mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:px-6">
        {TEXT[lang].note}
        {children}
      </main>
      <SiteFooter lang={lang} {...footer} />
    </>
  );
}
