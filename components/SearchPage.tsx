import { SearchBox } from "@/components/SearchBox";
import { type Lang, nameIn, pathIn } from "@/lib/i18n/language";
import type { IndicatorSummary } from "@/lib/model/views";
import type { SearchEntry } from "@/lib/search/searchIndex";

/** The search page: instant search once the script is there, and every indicator listed before it is. */
export function SearchPage({ lang, index, indicators }: { lang: Lang; index: SearchEntry[]; indicators: IndicatorSummary[] }) {
  const en = lang === "en";
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{en ? "Search" : "搜索"}</h1>
      <SearchBox index={index} lang={lang} />
      <details>
        <summary className="cursor-pointer py-2 text-link">{en ? `All ${indicators.length} indicators` : `全部${indicators.length}项指标`}</summary>
        <ul className="mt-2 grid gap-x-6 sm:grid-cols-2">
          {indicators.map((i) => (
            <li key={i.slug}>
              <a href={pathIn(lang, `/indicators/${i.slug}`)} className="inline-block min-h-11 py-2">{nameIn(lang, i)}</a>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
