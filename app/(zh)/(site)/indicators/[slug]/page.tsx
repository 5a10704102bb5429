import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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
import { figureText, figureWithYear, planLabel } from "@/lib/format/figureText";
import { chartPoints, worthCharting } from "@/lib/charts/chartPoints";
import { slideForIndicator } from "@/lib/deck/deck";
import { formatGrowth } from "@/lib/format/format";
import { headlineFigures } from "@/lib/sharing/headlineFigures";
import { shareableMetadata } from "@/lib/sharing/pageMetadata";
import { getDatasetVersion, getDeck, getIndicator, getSource } from "@/lib/queries/queries";
import { siteUrl } from "@/lib/sharing/siteUrl";
import { indicatorParams } from "@/lib/queries/staticParams";

export const dynamicParams = false;
export const generateStaticParams = indicatorParams;

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const indicator = await getIndicator((await params).slug);
  if (!indicator) return {};
  const description = `平城区${indicator.nameZh}：${indicator.figures.map((f) => figureWithYear(f, indicator.unit)).join("；")}。附原文出处。`;
  return shareableMetadata({ title: indicator.nameZh, description, path: `/indicators/${indicator.slug}` });
}

export default async function IndicatorPage({ params }: Props) {
  const indicator = await getIndicator((await params).slug);
  if (!indicator) notFound();
  const [source, { statusDate, updatedOn }] = await Promise.all([getSource(indicator.figures[0].sourceId), getDatasetVersion()]);
  const sourceTitle = source?.titleZh ?? "";
  const path = `/indicators/${indicator.slug}`;
  const headline = headlineFigures(indicator.figures, statusDate);
  const citedFigures = [headline.actual, headline.target].filter((f) => f !== null).map((f) => figureWithYear(f, indicator.unit));
  const unit = indicator.unit ?? "";
  const actuals = indicator.figures.filter((f) => f.kind === "actual");
  const targets = indicator.figures.filter((f) => f.kind === "target");
  const points = chartPoints(indicator.figures);
  const slide = slideForIndicator(await getDeck(), indicator);

  return (
    <article className="space-y-8">
      <Breadcrumbs lang="zh" trail={[{ path: `/sectors/${indicator.sector.slug}`, label: indicator.sector.nameZh }]} here={indicator.nameZh} />
      <ReadAloud lang="zh" />

      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{indicator.nameZh}</h1>
        <p className="mt-1 text-muted" lang="en">
          {indicator.nameEn} <span className="text-xs">(unofficial translation)</span>
        </p>
        <p className="mt-3 max-w-3xl">
          {indicator.definitionZh}
          <span className="ml-1 text-sm text-muted">（释义为本站编写）</span>
        </p>
        {indicator.unit && <p className="mt-1 text-sm text-muted">单位：{indicator.unit}</p>}
        {slide && <p className="mt-3"><PresentLink slide={slide} /></p>}
        <nav aria-label="本页工具" className="mt-3 flex flex-wrap gap-x-4 text-sm">
          <a href="#share" className="tap">分享</a>
          <a href="#cite" className="tap">引用</a>
          <a href="#download" className="tap">下载数据和图表</a>
          <a href="#embed" className="tap">嵌入</a>
        </nav>
      </header>

      <section aria-labelledby="results">
        <h2 id="results" className="text-xl font-bold">已公布的结果</h2>
        {actuals.length === 0 && (
          <p className="mt-2 rounded bg-wash p-3" data-testid="no-baseline">
            来源未公布这项指标的结果（包括2023年数值），所以无法计算进度。本站不作估算。
          </p>
        )}
        {actuals.map((f) => (
          <div key={f.anchor} id={f.anchor} className="mt-3 scroll-mt-4">
            <p className="text-sm text-muted">{f.year}年</p>
            <p className={f.value !== null ? "text-4xl font-bold text-brand" : "text-lg"} data-testid="actual-value">
              {figureText(f, indicator.unit)}
            </p>
            <ExcerptQuote figure={f} sourceTitle={sourceTitle} />
          </div>
        ))}
      </section>

      {targets.length > 0 && (
        <section aria-labelledby="targets">
          <h2 id="targets" className="text-xl font-bold">目标</h2>
          <ul className="mt-3 space-y-6">
            {targets.map((f) => (
              <li key={f.anchor} id={f.anchor} className="scroll-mt-4 rounded-lg border-2 border-line p-4">
                <p className="text-sm text-muted">{planLabel(f)}</p>
                <p className={f.value !== null ? "text-3xl font-bold" : "text-lg"} data-testid="target-value">
                  {figureText(f, indicator.unit)}
                </p>
                {f.assessment && (
                  <div className="mt-2 flex flex-wrap items-center gap-4">
                    {f.value !== null && <ProgressGauge share={f.assessment.shareReached} label={`${indicator.nameZh}到${f.year}年目标`} />}
                    <div className="min-w-48 flex-1 space-y-1">
                      <StatusBadge status={f.assessment.status} explain />
                      {!f.baselineComparable && (
                        <p className="text-sm">来源公布的早年数字与这一目标的口径可能不同（见编者注），本站不据此计算进度。</p>
                      )}
                      {f.value !== null && f.assessment.status !== "no-baseline" && (
                        <p className="text-sm">
                          {f.assessment.baseline
                            ? `从${f.assessment.baseline.year}年的结果算起，需每年增长${formatGrowth(f.assessment.requiredGrowth)}（复合年均，本站计算）。`
                            : "没有早于目标年份的结果，无法计算所需增速。"}
                        </p>
                      )}
                    </div>
                  </div>
                )}
                <ExcerptQuote figure={f} sourceTitle={sourceTitle} />
              </li>
            ))}
          </ul>
          {indicator.pace.length > 0 && (
            <div className="mt-4">
              <h3 className="font-bold">两个目标之间所需的年均增速（本站计算）</h3>
              <ul className="mt-1 list-disc pl-6">
                {indicator.pace.map((p) => (
                  <li key={`${p.fromYear}-${p.toYear}`}>
                    {p.fromYear}年→{p.toYear}年：每年{formatGrowth(p.growth)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}

      {worthCharting(points) && (
        <section aria-labelledby="chart">
          <h2 id="chart" className="text-xl font-bold">图表</h2>
          <IndicatorChart title={indicator.nameZh} unit={unit} figures={indicator.figures} />
          <InteractiveChartButton points={points} unit={unit} title={indicator.nameZh} />
        </section>
      )}

      <section aria-labelledby="tools" className="space-y-6 rounded-lg border-2 border-line p-4">
        <h2 id="tools" className="text-xl font-bold">分享、引用、下载与嵌入</h2>
        <SharePanel path={path} title={`${indicator.nameZh} · 平城区发展目标进展`} />
        {source && (
          <CitePanel
            input={{
              site: "平城区发展目标进展",
              title: `平城区${indicator.nameZh}${citedFigures.length ? `：${citedFigures.join("；")}` : ""}`,
              url: siteUrl(path),
              updated: updatedOn ?? statusDate,
              accessed: statusDate,
              source,
            }}
          />
        )}
        <DownloadPanel slug={indicator.slug} hasChart={worthCharting(points) && indicator.unit !== null} />
        <EmbedPanel slug={indicator.slug} title={indicator.nameZh} />
      </section>
      <ViewSync panels={[{ view: "table", id: CHART_TABLE_ID }, { view: "embed", id: EMBED_PANEL_ID }]} />

      {indicator.related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related" className="text-xl font-bold">相关指标</h2>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2">
            {indicator.related.map((r) => (
              <li key={r.slug}>
                <Link href={`/indicators/${r.slug}`} className="inline-block min-h-11 py-2">{r.nameZh}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <PrintFooter path={`/indicators/${indicator.slug}`} />
    </article>
  );
}
