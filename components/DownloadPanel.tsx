import { indicatorSlidePath } from "@/lib/deck/deck";
import { pathIn, type Lang } from "@/lib/i18n/language";

const TEXT = {
  zh: {
    heading: "下载", indicator: "本指标数据", csv: "CSV（Excel/WPS 可直接打开）", chart: "图表（含标题、单位、来源和链接）", png: "PNG 图片", svg: "SVG 矢量图",
    slide: "演示（WPS/PowerPoint 可编辑，备注中有原文摘录）", pptx: "下载幻灯片 (.pptx)",
    all: "全部数据", allCsv: "全部数字 CSV", allJson: "全部数据 JSON",
    rows: "每一行都带原文摘录和原文位置链接。接口说明见", api: "开放数据与接口", end: "。",
  },
  en: {
    heading: "Download", indicator: "This indicator's data", csv: "CSV (opens in Excel)", chart: "Chart (with title, unit, source and address)", png: "PNG image", svg: "SVG vector image",
    slide: "Presentation (editable in PowerPoint or WPS; the excerpts are in the notes)", pptx: "Download slide (.pptx)",
    all: "All the data", allCsv: "Every figure, CSV (Chinese)", allJson: "Everything, JSON",
    rows: "Every row carries the source's excerpt and a link to it in the source. How to use the data and API: ", api: "open data and API", end: ".",
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** "下载" / "Download": this indicator's data and chart in the page's language, and the whole dataset. Plain links. */
export function DownloadPanel({ slug, hasChart, lang }: { slug: string; hasChart: boolean; lang: Lang }) {
  const text = TEXT[lang];
  const own = (file: string) => pathIn(lang, `/indicators/${slug}/${file}`);
  const groups = [
    { label: text.indicator, links: [{ href: own("data.csv"), text: text.csv }, { href: own("data.json"), text: "JSON" }] },
    ...(hasChart ? [{ label: text.chart, links: [{ href: own("chart.png"), text: text.png }, { href: own("chart.svg"), text: text.svg }] }] : []),
    { label: text.slide, links: [{ href: indicatorSlidePath(lang, slug), text: text.pptx }] },
    {
      label: text.all,
      links: [
        { href: "/downloads/pingcheng-figures.csv", text: text.allCsv },
        { href: "/downloads/pingcheng-dataset.json", text: text.allJson },
      ],
    },
  ];
  return (
    <section aria-labelledby="download" className="space-y-2">
      <h3 id="download" className="scroll-mt-4 text-lg font-bold">{text.heading}</h3>
      <ul className="space-y-2">
        {groups.map((g) => (
          <li key={g.label}>
            <p className="text-sm text-muted">{g.label}</p>
            <p className="flex flex-wrap gap-x-5">
              {g.links.map((l) => (
                <a key={l.href} href={l.href} download className="tap">{l.text}</a>
              ))}
            </p>
          </li>
        ))}
      </ul>
      <p className="text-sm text-muted">{text.rows}<a href={pathIn(lang, "/api")}>{text.api}</a>{text.end}</p>
    </section>
  );
}
