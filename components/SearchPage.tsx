import type { Metadata } from "next";
import { SearchBox } from "@/components/SearchBox";
import { type Lang, nameIn, pathIn } from "@/lib/i18n/language";
import type { IndicatorSummary } from "@/lib/model/views";
import type { SearchEntry } from "@/lib/search/searchIndex";
import { languageAlternates } from "@/lib/pageMetadata/pageMetadata";

const TEXT = {
  zh: {
    title: "搜索",
    description: "按中文、拼音、拼音首字母或英文搜索平城区的指标、领域和目标。",
    all: (n: number) => `全部${n}项指标`,
  },
  en: {
    title: "Search",
    description: "Search Pingcheng's indicators, sectors and targets in English, Chinese or pinyin.",
    all: (n: number) => `All ${n} indicators`,
  },
} satisfies Record<Lang, { title: string; description: string; all: (n: number) => string }>;

/** The search page: instant search once the script is there, and every indicator listed before it is. */
export function SearchPage({ lang, index, indicators }: { lang: Lang; index: SearchEntry[]; indicators: IndicatorSummary[] }) {
  const text = TEXT[lang];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{text.title}</h1>
      <SearchBox index={index} lang={lang} />
      <details>
        <summary className="cursor-pointer py-2 text-link">{text.all(indicators.length)}</summary>
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

export function searchMetadata(lang: Lang): Metadata {
  return { title: TEXT[lang].title, description: TEXT[lang].description, alternates: languageAlternates(lang, "/search") };
}
