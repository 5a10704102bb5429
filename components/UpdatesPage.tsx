import type { Metadata } from "next";
import { formatDateZh } from "@/lib/format/format";
import { formatDateEn } from "@/lib/format/formatEn";
import { englishOr, pathIn, type Lang } from "@/lib/i18n/language";
import type { DataUpdateView } from "@/lib/model/views";
import { languageAlternates } from "@/lib/pageMetadata/pageMetadata";

const TEXT = {
  zh: {
    title: "更新记录",
    description: "本站数据每次更新的日期和内容，最新的在前。",
    feed: { url: "/updates.xml", title: "数据更新记录（Atom）" },
    intro: (version: string) => (
      <p>
        本站数据每次增补或更正，都在这里记一笔，最新的在前。当前数据版本为 <code>{version}</code>
        （由全部数据计算得出，数据不变则版本不变）。数据文件见<a href="/api">开放数据与接口</a>。
      </p>
    ),
    date: formatDateZh,
    entry: (u: DataUpdateView) => <p>{u.summaryZh}</p>,
  },
  en: {
    title: "Data updates",
    description: "When the site's data changed and what changed, newest first, in our English with the Chinese original.",
    feed: { url: "/en/updates.xml", title: "Data updates (Atom)" },
    intro: (version: string) => (
      <p>
        Every addition or correction to the data is listed here, newest first. The current data version is <code>{version}</code> (a
        fingerprint of all the data: the same data always give the same version). Each entry is our English, with the Chinese we
        publish under it. The data files are under <a href={pathIn("en", "/api")}>open data and API</a>.
      </p>
    ),
    date: formatDateEn,
    entry: (u: DataUpdateView) => (
      <>
        <p>{englishOr(u.summaryZh, u.summaryEn)}</p>
        {u.summaryEn && <p className="mt-1 text-sm text-muted" lang="zh-CN">{u.summaryZh}</p>}
      </>
    ),
  },
} satisfies Record<Lang, {
  title: string; description: string; feed: { url: string; title: string };
  intro: (version: string) => React.ReactNode; date: (d: Date) => string; entry: (u: DataUpdateView) => React.ReactNode;
}>;

/**
 * The data's changelog, newest first: /updates and /en/updates. The English page shows our English of
 * each entry with the Chinese as written under it (or the Chinese, marked, where we have no English yet).
 */
export function UpdatesPage({ lang, updates, version }: { lang: Lang; updates: DataUpdateView[]; version: string }) {
  const text = TEXT[lang];
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{text.title}</h1>
      {text.intro(version)}
      <ol className="space-y-4" data-testid="updates">
        {updates.map((u) => (
          <li key={`${u.date.toISOString()}-${u.summaryZh}`} className="border-l-4 border-brand pl-3">
            <p className="font-bold">
              <time dateTime={u.date.toISOString().slice(0, 10)}>{text.date(u.date)}</time>
            </p>
            {text.entry(u)}
          </li>
        ))}
      </ol>
    </article>
  );
}

/** /updates' metadata, with its Atom feed announced beside it. */
export function updatesMetadata(lang: Lang): Metadata {
  const text = TEXT[lang];
  return {
    title: text.title,
    description: text.description,
    alternates: { ...languageAlternates(lang, "/updates"), types: { "application/atom+xml": [text.feed] } },
  };
}
