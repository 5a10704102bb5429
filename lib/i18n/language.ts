// The site's own words in Chinese and English (our unofficial translation; the Chinese is the
// authority). Pure: pages and components pick their strings here by language.
export type Lang = "zh" | "en";

/** Each language as HTML's lang attribute names it. */
export const HTML_LANG: Record<Lang, string> = { zh: "zh-CN", en: "en" };

/** The same page in the other language: /indicators/gdp ⇄ /en/indicators/gdp, /#steps ⇄ /en#steps. */
export function pathIn(lang: Lang, path: string): string {
  const bare = /^\/en(?=$|[#?])/.test(path) ? `/${path.slice(3)}` : path.startsWith("/en/") ? path.slice(3) : path;
  if (lang === "zh") return bare;
  // The overview is /en, not /en/: its anchors and queries follow it directly.
  return /^\/(?=$|[#?])/.test(bare) ? `/en${bare.slice(1)}` : `/en${bare}`;
}

/** The site's name in each language. */
export const SITE_NAME: Record<Lang, string> = { zh: "平城区发展目标进展", en: "Pingcheng progress dashboard" };

export const UI = {
  zh: {
    site: "平城区发展目标进展",
    skip: "跳到正文",
    nav: [
      { href: "/", label: "总览" },
      { href: "/#sectors", label: "各领域" },
      { href: "/unknowns", label: "尚未公布" },
      { href: "/methodology", label: "方法说明" },
    ],
    navLabel: "主导航",
    search: "搜索",
    searchLabel: "搜索指标",
    switchTo: "English",
    switchLabel: "Read this page in English",
    footerNote: "所有数字均摘自公开发布的原文，每个数字旁附原文摘录。英文名称、释义和编者注为本站编写，不代表官方表述；以中文原文为准。",
  },
  en: {
    site: "Pingcheng progress dashboard",
    skip: "Skip to content",
    nav: [
      { href: "/en", label: "Overview" },
      { href: "/en#sectors", label: "Sectors" },
      { href: "/en/unknowns", label: "Not yet published" },
      { href: "/en/methodology", label: "Methodology" },
    ],
    navLabel: "Main",
    search: "Search",
    searchLabel: "Search indicators",
    switchTo: "中文",
    switchLabel: "阅读本页中文版",
    footerNote:
      "Every figure comes from a published source document and is shown beside its excerpt. English names, definitions, translations and notes are ours, unofficial; the Chinese original is the authority.",
  },
} as const;

/** One plain sentence per step of the four-step plan (ours, from the source's own step goals). */
export const STEP_SUMMARY: Record<Lang, readonly string[]> = {
  zh: [
    "到2024年底：经济总量排位再前进，服务业占比保持80%以上，转型取得突破。",
    "到2027年：文旅和消费做大，对全市的支撑明显增强，转型初见成效。",
    "到2030年：经济总量约850亿元，主要指标进入全市前5位，基本实现转型。",
    "到2035年：经济总量突破千亿元，市场主体突破20万户，全面完成转型。",
  ],
  en: [
    "By the end of 2024: move up the GDP ranking, keep services at 80% or more of GDP, and make a breakthrough in transformation.",
    "By 2027: grow culture and tourism and consumption, with clearly stronger support for the city; first results of transformation.",
    "By 2030: GDP of about 85 billion yuan, main indicators among the city's top 5; transformation basically achieved.",
    "By 2035: GDP passes 100 billion yuan, market entities pass 200,000; transformation fully completed.",
  ],
};
