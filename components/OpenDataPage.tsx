import type { Metadata } from "next";
import { type Lang } from "@/lib/i18n/language";
import { languageAlternates } from "@/lib/pageMetadata/pageMetadata";
import { siteUrl } from "@/lib/links/siteUrl";
import { recordFields } from "@/lib/openApi/records";

// /api and /en/api: how to download the data and read the JSON API. The data themselves are the
// same in both; their text fields are Chinese (with English names where the data have them).

const ENDPOINTS: ({ path: string } & Record<Lang, string>)[] = [
  { path: "/api/v1/sectors", zh: "全部领域：名称、原文章节标题、指标数量。", en: "Every sector: names, the source's section heading, number of indicators." },
  {
    path: "/api/v1/indicators.json",
    zh: "全部指标：名称、单位、方向、释义、所属领域，以及各自的接口地址。",
    en: "Every indicator: names, unit, direction, definition, sector, and the address of each in the API.",
  },
  {
    path: "/api/v1/indicators/market-entities",
    zh: "一项指标及其全部数字（把 market-entities 换成任一指标代码）。",
    en: "One indicator and all its figures (replace market-entities with any indicator's code).",
  },
  { path: "/api/v1/figures", zh: "全部数字，每个带原文摘录、原文位置链接和本站链接。", en: "Every figure, each with its excerpt, a link to it in the source, and its page on the site." },
  {
    path: "/api/v1/schema.json",
    zh: "接口的约定：以上每种文档及其每个字段的 JSON Schema（2020-12 草案），字段说明与下表相同。",
    en: "The API's contract: the JSON Schema (draft 2020-12) of each document above and of every field, explained as in the list below.",
  },
];

/** The fields of a figure and of the edition, with their explanations, from the API's published schema. */
function fieldsIn(lang: Lang) {
  const edition = recordFields("Edition", lang).fields.map((f) => ({ ...f, name: `edition.${f.name}` }));
  return [...recordFields("Figure", lang).fields, ...edition];
}

const TEXT = {
  zh: {
    title: "开放数据与接口",
    description: "下载本站全部数据（CSV、JSON），或通过只读 JSON 接口读取领域、指标和每个数字及其原文摘录。",
    downloads: "下载全部数据", endpoints: "接口（JSON，只读）", example: "例如：", fields: "数字的字段",
    csv: "全部数字（CSV，UTF-8 带 BOM，Excel/WPS 可直接打开）", json: "全部数据（JSON：来源、领域、指标及其数字）",
    perIndicator: "每项指标的页面上还有该指标的 CSV、JSON 以及图表的 PNG、SVG 下载。",
    intro: (version: string) => (
      <p>
        本站的全部数据都可以自由下载和读取，当前数据版本 <code>{version}</code>。接口只读、无需密钥，允许任何网站跨域读取（CORS）；
        内容在每次发布时生成，数据不变则内容不变。
      </p>
    ),
    codes: "指标代码（如 market-entities）永久不变；若将来改名，旧代码会永久重定向到新代码。原文未注明发布单位和日期的，字段为 null，本站不作推测。",
  },
  en: {
    title: "Open data and API",
    description: "Download all the site's data (CSV, JSON), or read sectors, indicators and every figure with its excerpt from a read-only JSON API.",
    downloads: "Download all the data", endpoints: "API (JSON, read-only)", example: "For example:",
    fields: "The fields of a figure",
    csv: "Every figure (CSV, UTF-8 with a BOM, opens directly in Excel or WPS; in Chinese)",
    json: "All the data (JSON: sources, sectors, indicators and their figures)",
    perIndicator: "Each indicator's page also offers its own CSV and JSON, and its chart as PNG and SVG.",
    intro: (version: string) => (
      <p>
        All the site&apos;s data are free to download and read; the current data version is <code>{version}</code>. The API is
        read-only, needs no key and may be read from any site (CORS). It is rebuilt at each release, so the same data always give
        the same content. The data are in Chinese, which is the authority; English names, figures, excerpts and notes, where given,
        are our translation.
      </p>
    ),
    codes:
      "Indicator codes (such as market-entities) never change; if one is ever renamed, the old code redirects to the new one for good. Where the source does not name its publisher or date, the field is null. We do not guess.",
  },
} satisfies Record<Lang, { title: string; description: string; intro: (version: string) => React.ReactNode } & Record<string, unknown>>;

export function OpenDataPage({ lang, version }: { lang: Lang; version: string }) {
  const w = TEXT[lang];
  return (
    <article className="max-w-3xl space-y-8">
      <h1 className="text-2xl font-bold sm:text-3xl">{w.title}</h1>
      {w.intro(version)}
      <section aria-labelledby="downloads" className="space-y-2">
        <h2 id="downloads" className="text-xl font-bold">{w.downloads}</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li><a href="/downloads/pingcheng-figures.csv" download className="block py-2">{w.csv}</a></li>
          <li><a href="/downloads/pingcheng-dataset.json" download className="block py-2">{w.json}</a></li>
        </ul>
        <p className="text-sm text-muted">{w.perIndicator}</p>
      </section>
      <section aria-labelledby="endpoints" className="space-y-2">
        <h2 id="endpoints" className="text-xl font-bold">{w.endpoints}</h2>
        <ul className="space-y-3">
          {ENDPOINTS.map((e) => (
            <li key={e.path}>
              <a href={e.path} className="tap"><code>GET {e.path}</code></a>
              <p className="text-sm">{e[lang]}</p>
            </li>
          ))}
        </ul>
        <p className="text-sm">{w.example}</p>
        <pre className="overflow-x-auto rounded bg-wash p-3 text-xs">{`curl ${siteUrl("/api/v1/indicators/market-entities")}`}</pre>
      </section>
      <section aria-labelledby="fields" className="space-y-2">
        <h2 id="fields" className="text-xl font-bold">{w.fields}</h2>
        <dl className="space-y-2">
          {fieldsIn(lang).map(({ name, text }) => (
            <div key={name}>
              <dt><code>{name}</code></dt>
              <dd className="pl-4 text-sm">{text}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-muted">{w.codes}</p>
      </section>
    </article>
  );
}

export function openDataMetadata(lang: Lang): Metadata {
  return { title: TEXT[lang].title, description: TEXT[lang].description, alternates: languageAlternates(lang, "/api") };
}
