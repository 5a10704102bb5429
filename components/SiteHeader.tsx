import { ElderModeSwitch } from "@/components/ElderModeSwitch";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { MISSING_DATA, pathIn, SITE_NAME, type Lang } from "@/lib/i18n/language";

/** The header's places, in order, by their Chinese address (pathIn gives the English one). */
const NAV = ["/", "/#sectors", "/unknowns", "/methodology"] as const;

const TEXT = {
  zh: {
    nav: { "/": "总览", "/#sectors": "各领域", "/unknowns": MISSING_DATA.zh, "/methodology": "方法说明" },
    navLabel: "主导航",
    search: "搜索",
    searchLabel: "搜索指标",
  },
  en: {
    nav: { "/": "Overview", "/#sectors": "Sectors", "/unknowns": MISSING_DATA.en, "/methodology": "Methodology" },
    navLabel: "Main",
    search: "Search",
    searchLabel: "Search indicators",
  },
} satisfies Record<Lang, { nav: Record<(typeof NAV)[number], string>; navLabel: string; search: string; searchLabel: string }>;

export function SiteHeader({ lang = "zh", languageSwitch = true }: { lang?: Lang; languageSwitch?: boolean }) {
  const ui = TEXT[lang];
  return (
    <header className="site-chrome bg-brand text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-3 sm:px-6">
        {/* Plain links, not next/link, across the site: every page is a prerendered file that loads
            like any web page. next/link would add 4 KB of JavaScript to every page and fetch the data
            of every page linked in view, which a phone on a slow network pays for (6 MB for a sector
            page on the 100× synthetic data set; bench/results/). Only the deck navigates in-app. */}
        <a href={pathIn(lang, "/")} className="tap text-lg font-bold text-white no-underline">
          {SITE_NAME[lang]}
        </a>
        <nav aria-label={ui.navLabel}>
          <ul className="flex flex-wrap gap-x-1">
            {NAV.map((path) => (
              <li key={path}>
                <a href={pathIn(lang, path)} className="tap px-2 text-white underline-offset-4">
                  {ui.nav[path]}
                </a>
              </li>
            ))}
            {languageSwitch && (
              <li>
                <LanguageSwitch lang={lang} />
              </li>
            )}
            {/* A setting, not a place, but beside the language switch is where a reader looks for it
                and where it costs the phone's header no extra row. */}
            <li className="ml-1">
              <ElderModeSwitch lang={lang} />
            </li>
          </ul>
        </nav>
        {/* A plain form: it works before any JavaScript, and the search page answers instantly. */}
        <form action={pathIn(lang, "/search")} method="get" role="search" className="flex w-full gap-2 sm:w-auto">
          <label htmlFor="site-search" className="sr-only">{ui.searchLabel}</label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder={ui.searchLabel}
            className="min-h-11 min-w-0 flex-1 rounded border-2 border-white bg-white px-2 text-ink placeholder:text-muted"
          />
          <button type="submit" className="min-h-11 rounded border-2 border-white px-3 font-semibold text-white">
            {ui.search}
          </button>
        </form>
      </div>
    </header>
  );
}
