import { Breadcrumbs } from "@/components/Breadcrumbs";
import { CitePanel } from "@/components/CitePanel";
import { DownloadPanel } from "@/components/DownloadPanel";
import { EMBED_PANEL_ID, EmbedPanel } from "@/components/EmbedPanel";
import { ExcerptQuote } from "@/components/ExcerptQuote";
import { CHART_TABLE_ID, IndicatorChart } from "@/components/IndicatorChart";
import { InteractiveChartButton } from "@/components/InteractiveChartButton";
import { PresentLink } from "@/components/PresentLink";
import { PrintFooter } from "@/components/PrintFooter";
import { ProgressGauge } from "@/components/ProgressGauge";
import { ReadAloud } from "@/components/ReadAloud";
import { SharePanel } from "@/components/SharePanel";
import { StatusBadge } from "@/components/StatusBadge";
import { ViewSync } from "@/components/ViewSync";
import { chartPoints, worthCharting } from "@/lib/charts/chartPoints";
import type { Slide } from "@/lib/deck/deck";
import { figureIn, figureWithYear } from "@/lib/format/figureText";
import { formatGrowth } from "@/lib/format/format";
import { unitNameEn } from "@/lib/format/formatEn";
import { type Lang, nameIn, pathIn, SITE_NAME, textIn } from "@/lib/i18n/language";
import { deadline, planLabel } from "@/lib/progress/steps";
import { sourcesCited } from "@/lib/citations/sourcesCited";
import type { Edition, IndicatorDetail, SourceSummary } from "@/lib/model/views";
import { headlineFigures } from "@/lib/progress/headlineFigures";
import { pageMetadata } from "@/lib/pageMetadata/pageMetadata";
import { siteUrl } from "@/lib/links/siteUrl";

const TEXT = {
  zh: {
    ours: "（释义为本站编写）", unit: (u: string) => `单位：${u}`, tools: "本页工具",
    share: "分享", cite: "引用", download: "下载数据和图表", embed: "嵌入",
    results: "结果", noResult: "本站还没有这项指标的结果，所以无法计算进度。本站不作估算。", year: (y: number) => `${y}年`,
    targets: "目标", gauge: (name: string, d: string) => `${name}${d}目标`,
    notComparable: "原文公布的此前年份的数字与这一目标的口径可能不同（见编者注），本站不据此计算进度。",
    pace: (from: number, growth: string) => `从${from}年的结果算起，需每年增长${growth}（复合年均，本站计算）。`,
    noPace: "没有早于目标年份的结果，无法计算所需增速。",
    ofTheYear: "这是一年的重点工作：只看期限那一年的结果，不需要起点数据。",
    between: "两个目标之间所需的年均增速（本站计算）", betweenRow: (a: number, b: number, g: string) => `${a}年→${b}年：每年${g}`,
    chart: "图表", toolsHeading: "分享、引用、下载与嵌入", related: "相关指标",
    otherNameLine: (i: IndicatorDetail) =>
      i.nameEn && <p className="mt-1 text-muted" lang="en">{i.nameEn} <span className="text-xs">(unofficial translation)</span></p>,
    unitName: (u: string) => u,
    citeTitle: (name: string, cited: string[]) => `平城区${name}${cited.length ? `：${cited.join("；")}` : ""}`,
    description: (i: IndicatorDetail, figures: string[]) => `平城区${i.nameZh}：${figures.join("；")}。附原文出处。`,
  },
  en: {
    ours: " (our explanation)", unit: (u: string) => `Unit in the source: ${u}`, tools: "Tools on this page",
    share: "Share", cite: "Cite", download: "Download data and chart", embed: "Embed",
    results: "Results", noResult: "This site has no result for this indicator yet, so progress cannot be measured. We have not estimated one.", year: (y: number) => String(y),
    targets: "Targets", gauge: (name: string, d: string) => `${name}, target ${d}`,
    notComparable: "The figures the source gives for earlier years may be counted differently from this target (see our note), so we do not measure progress from them.",
    pace: (from: number, growth: string) => `From the ${from} result, it needs ${growth} growth a year (compound; our calculation).`,
    noPace: "There is no result from before the target year, so the growth needed cannot be worked out.",
    ofTheYear: "A key task for one year: it is judged by the result for its deadline year alone, so it needs no starting figure.",
    between: "Yearly growth needed between two targets (our calculation)", betweenRow: (a: number, b: number, g: string) => `${a} → ${b}: ${g} a year`,
    chart: "Chart", toolsHeading: "Share, cite, download and embed", related: "Related indicators",
    otherNameLine: (i: IndicatorDetail) => <p className="mt-1 text-muted" lang="zh-CN">{i.nameZh}</p>,
    unitName: unitNameEn,
    citeTitle: (name: string, cited: string[]) => `Pingcheng District, ${name}${cited.length ? `: ${cited.join("; ")}` : ""}`,
    description: (i: IndicatorDetail, figures: string[]) => `Pingcheng District, ${nameIn("en", i)}: ${figures.join("; ")}. Each figure with its source.`,
  },
} satisfies Record<Lang, Record<string, unknown> & {
  otherNameLine: (i: IndicatorDetail) => React.ReactNode; unitName: (u: string) => string;
  citeTitle: (name: string, cited: string[]) => string; description: (i: IndicatorDetail, figures: string[]) => string;
}>;

export interface IndicatorPageData {
  indicator: IndicatorDetail;
  /** The deck's slide for this indicator, when it has one. */
  slide: Slide | null;
  edition: Edition;
  /** The sources its figures cite, for the citations. */
  sources: SourceSummary[];
}

/** One indicator, whole: results, targets with their status, chart, and every journalist's tool. Both languages. */
export function IndicatorPage({ lang, indicator, slide, edition, sources }: IndicatorPageData & { lang: Lang }) {
  const text = TEXT[lang];
  const name = nameIn(lang, indicator);
  const path = pathIn(lang, `/indicators/${indicator.slug}`);
  const unit = indicator.unit ?? "";
  const actuals = indicator.figures.filter((f) => f.kind === "actual");
  const targets = indicator.figures.filter((f) => f.kind === "target");
  const points = chartPoints(indicator.figures);
  const charted = worthCharting(points);
  const headline = headlineFigures(indicator.figures, edition.statusDate);
  const cited = [headline.actual, headline.target].filter((f) => f !== null).map((f) => figureWithYear(lang, f, indicator.unit));
  const site = SITE_NAME[lang];
  const citedSources = sourcesCited(indicator.figures).flatMap((s) => sources.filter((source) => source.id === s.id));

  return (
    <article className="space-y-8">
      <Breadcrumbs lang={lang} trail={[{ path: `/sectors/${indicator.sector.slug}`, label: nameIn(lang, indicator.sector) }]} here={name} />
      <ReadAloud lang={lang} />

      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{name}</h1>
        {text.otherNameLine(indicator)}
        <p className="mt-3 max-w-3xl">
          {textIn(lang, indicator.definitionZh, indicator.definitionEn)}
          <span className="ml-1 text-sm text-muted">{text.ours}</span>
        </p>
        {indicator.unit && <p className="mt-1 text-sm text-muted">{text.unit(text.unitName(indicator.unit))}</p>}
        {slide && <p className="mt-3"><PresentLink slide={slide} lang={lang} /></p>}
        <nav aria-label={text.tools} className="mt-3 flex flex-wrap gap-x-4 text-sm">
          <a href="#share" className="tap">{text.share}</a>
          <a href="#cite" className="tap">{text.cite}</a>
          <a href="#download" className="tap">{text.download}</a>
          <a href="#embed" className="tap">{text.embed}</a>
        </nav>
      </header>

      <section aria-labelledby="results">
        <h2 id="results" className="text-xl font-bold">{text.results}</h2>
        {actuals.length === 0 && <p className="mt-2 rounded bg-wash p-3" data-testid="no-baseline">{text.noResult}</p>}
        {actuals.map((f) => (
          <div key={f.anchor} id={f.anchor} className="mt-3 scroll-mt-4">
            <p className="text-sm text-muted">{text.year(f.year)}</p>
            <p className={f.value !== null ? "text-4xl font-bold text-brand" : "text-lg"} data-testid="actual-value">
              {figureIn(lang, f, indicator.unit)}
            </p>
            <ExcerptQuote figure={f} lang={lang} />
          </div>
        ))}
      </section>

      {targets.length > 0 && (
        <section aria-labelledby="targets">
          <h2 id="targets" className="text-xl font-bold">{text.targets}</h2>
          <ul className="mt-3 space-y-6">
            {targets.map((f) => (
              <li key={f.anchor} id={f.anchor} className="scroll-mt-4 rounded-lg border-2 border-line p-4">
                <p className="text-sm text-muted">{planLabel(lang, f)}</p>
                <p className={f.value !== null ? "text-3xl font-bold" : "text-lg"} data-testid="target-value">
                  {figureIn(lang, f, indicator.unit)}
                </p>
                {f.assessment && (
                  <div className="mt-2 flex flex-wrap items-center gap-4">
                    {f.value !== null && <ProgressGauge share={f.assessment.shareReached} label={text.gauge(name, deadline(lang, f))} lang={lang} />}
                    <div className="min-w-48 flex-1 space-y-1">
                      <StatusBadge status={f.assessment.status} explain lang={lang} />
                      {!f.baselineComparable && <p className="text-sm" data-testid="not-comparable">{text.notComparable}</p>}
                      {f.assessment.withinYear ? (
                        <p className="text-sm">{text.ofTheYear}</p>
                      ) : (
                        f.value !== null && f.assessment.status !== "no-baseline" && (
                          <p className="text-sm">
                            {f.assessment.baseline ? text.pace(f.assessment.baseline.year, formatGrowth(f.assessment.requiredGrowth)) : text.noPace}
                          </p>
                        )
                      )}
                    </div>
                  </div>
                )}
                <ExcerptQuote figure={f} lang={lang} />
              </li>
            ))}
          </ul>
          {indicator.pace.length > 0 && (
            <div className="mt-4">
              <h3 className="font-bold">{text.between}</h3>
              <ul className="mt-1 list-disc pl-6">
                {indicator.pace.map((p) => (
                  <li key={`${p.fromYear}-${p.toYear}`}>{text.betweenRow(p.fromYear, p.toYear, formatGrowth(p.growth))}</li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}

      {charted && (
        <section aria-labelledby="chart">
          <h2 id="chart" className="text-xl font-bold">{text.chart}</h2>
          <IndicatorChart title={name} unit={unit} figures={indicator.figures} lang={lang} />
          <InteractiveChartButton points={points} unit={unit} title={name} lang={lang} />
        </section>
      )}

      <section aria-labelledby="tools" className="space-y-6 rounded-lg border-2 border-line p-4">
        <h2 id="tools" className="text-xl font-bold">{text.toolsHeading}</h2>
        <SharePanel path={path} title={`${name} · ${site}`} lang={lang} />
        <CitePanel
          lang={lang}
          page={{
            site,
            title: text.citeTitle(name, cited),
            url: siteUrl(path),
            updated: edition.updatedOn ?? edition.statusDate,
            accessed: edition.statusDate,
          }}
          sources={citedSources}
        />
        <DownloadPanel slug={indicator.slug} hasChart={charted && indicator.unit !== null} lang={lang} />
        <EmbedPanel slug={indicator.slug} title={name} lang={lang} />
      </section>
      <ViewSync panels={[{ view: "table", id: CHART_TABLE_ID }, { view: "embed", id: EMBED_PANEL_ID }]} />

      {indicator.related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related" className="text-xl font-bold">{text.related}</h2>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2">
            {indicator.related.map((r) => (
              <li key={r.slug}>
                <a href={pathIn(lang, `/indicators/${r.slug}`)} className="inline-block min-h-11 py-2">{nameIn(lang, r)}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <PrintFooter path={path} lang={lang} edition={edition} />
    </article>
  );
}

/** The indicator page's title, description and both languages' addresses. */
export function indicatorMetadata(lang: Lang, indicator: IndicatorDetail) {
  const figures = indicator.figures.map((f) => figureWithYear(lang, f, indicator.unit));
  return pageMetadata({
    lang,
    path: `/indicators/${indicator.slug}`,
    title: nameIn(lang, indicator),
    description: TEXT[lang].description(indicator, figures),
  });
}
