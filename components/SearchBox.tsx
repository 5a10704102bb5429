"use client";

import { useEffect, useMemo, useState } from "react";
import type { Lang } from "@/lib/i18n/language";
import type { SearchEntry } from "@/lib/search/searchIndex";
import { searchEntries } from "@/lib/search/searchEntries";

const TEXT = {
  zh: { prefix: "", label: "搜索指标、领域或目标", hint: "可输入中文、拼音、拼音首字母或英文，例如：市场主体、sczt、gdp", none: "没有找到匹配的内容。", count: (n: number) => `找到${n}项` },
  en: { prefix: "/en", label: "Search indicators, sectors or targets", hint: "Type English, Chinese or pinyin, e.g. market entities, gdp, sczt", none: "Nothing matches.", count: (n: number) => `${n} found` },
} satisfies Record<Lang, { prefix: string; label: string; hint: string; none: string; count: (n: number) => string }>;

/**
 * Instant search: the index (about 30 KB, pinyin included) arrives once, and every keystroke is
 * matched in the browser. The query is kept in the address (?q=) so a search can be shared.
 */
export function SearchBox({ index, lang }: { index: SearchEntry[]; lang: "zh" | "en" }) {
  const text = TEXT[lang];
  const [query, setQuery] = useState("");
  useEffect(() => {
    // The query arrives in the address from the header's plain search form, or a shared link.
    const fromUrl = new URLSearchParams(window.location.search).get("q");
    // eslint-disable-next-line react-hooks/set-state-in-effect -- read once from the address after hydration; the prerendered page cannot know it
    if (fromUrl) setQuery(fromUrl);
  }, []);
  const results = useMemo(() => searchEntries(query, index, 20), [query, index]);

  function update(value: string) {
    setQuery(value);
    const url = new URL(window.location.href);
    if (value) url.searchParams.set("q", value);
    else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
  }

  return (
    <div role="search">
      <label htmlFor="search-input" className="block font-semibold">{text.label}</label>
      <p id="search-hint" className="text-sm text-muted">{text.hint}</p>
      <input
        id="search-input"
        type="search"
        value={query}
        onChange={(e) => update(e.target.value)}
        aria-describedby="search-hint search-status"
        autoComplete="off"
        className="mt-2 min-h-11 w-full rounded border-2 border-ink px-3 py-2 text-lg"
      />
      <p id="search-status" aria-live="polite" className="mt-2 text-sm text-muted">
        {query.trim() ? (results.length ? text.count(results.length) : text.none) : ""}
      </p>
      {results.length > 0 && (
        <ul className="mt-2 divide-y divide-line" data-testid="search-results">
          {results.map((r) => (
            <li key={r.url}>
              <a href={`${text.prefix}${r.url}`} className="block min-h-11 py-2">
                {r[lang]}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
