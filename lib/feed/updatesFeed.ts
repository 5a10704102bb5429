// The changelog of data/updates.csv as an Atom feed (RFC 4287): /updates.xml in Chinese and
// /en/updates.xml in English, so a newsroom or a researcher is told when the data change. Written by
// the maintained `feed` package; the English feed's entries are our English of each line (the Chinese,
// marked, where we have none yet). Pure: the caller passes the updates.
import { createHash } from "node:crypto";
import { Feed } from "feed";
import { formatDateZh } from "../format/format";
import { formatDateEn } from "../format/formatEn";
import { englishOr, pathIn, SITE_NAME, type Lang } from "../i18n/language";
import { siteUrl } from "../links/siteUrl";

export interface FeedUpdate {
  date: Date;
  summaryZh: string;
  summaryEn: string | null;
}

/** An entry's id stays the same for as long as its date and text do (Atom requires a permanent id). */
function entryId(lang: Lang, u: FeedUpdate): string {
  const day = u.date.toISOString().slice(0, 10);
  const hash = createHash("sha256").update(`${day}\n${u.summaryZh}`).digest("hex").slice(0, 12);
  return `${siteUrl(pathIn(lang, "/updates"))}#${day}-${hash}`;
}

/** `feed` writes titles and content as type="html": plain text must have its markup characters escaped. */
function html(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The Atom XML of the changelog, newest entry first. */
export function updatesFeed(lang: Lang, updates: FeedUpdate[]): string {
  const en = lang === "en";
  const page = siteUrl(pathIn(lang, "/updates"));
  const newestFirst = [...updates].sort((a, b) => b.date.getTime() - a.date.getTime());
  const feed = new Feed({
    id: siteUrl(pathIn(lang, "/updates.xml")),
    title: en ? `${SITE_NAME.en}: data updates` : `${SITE_NAME.zh}：数据更新记录`,
    description: en
      ? "Every addition or correction to the data, newest first, in our English (the Chinese feed is the authority)."
      : "本站数据每次增补或更正的日期和内容，最新的在前。",
    link: page,
    language: en ? "en" : "zh-CN",
    // A feed with no entries still needs a date: the epoch says "never updated" without inventing one.
    updated: newestFirst[0]?.date ?? new Date(0),
    feedLinks: { atom: siteUrl(pathIn(lang, "/updates.xml")) },
    author: { name: SITE_NAME[lang], link: siteUrl(pathIn(lang, "/")) },
    copyright: en ? "Figures and excerpts: the source documents; English text: our unofficial translation." : "数字与摘录出自原文；其余文字为本站编写。",
    generator: false,
  });
  for (const u of newestFirst)
    feed.addItem({
      id: entryId(lang, u),
      link: page,
      title: html(en ? `Data update of ${formatDateEn(u.date)}` : `${formatDateZh(u.date)}数据更新`),
      date: u.date,
      content: html(en ? englishOr(u.summaryZh, u.summaryEn) : u.summaryZh),
    });
  return feed.atom1();
}
