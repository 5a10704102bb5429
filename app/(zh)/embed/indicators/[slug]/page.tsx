import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IndicatorChart } from "@/components/IndicatorChart";
import { StatusBadge } from "@/components/StatusBadge";
import { figureText } from "@/components/figureText";
import { formatDateZh } from "@/lib/format";
import { headlineFigures } from "@/lib/headlineFigures";
import { getDatasetVersion, getIndicator, getSource } from "@/lib/queries";
import { siteUrl } from "@/lib/siteUrl";
import { indicatorParams } from "@/lib/staticParams";

export const dynamicParams = false;
export const generateStaticParams = indicatorParams;

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const indicator = await getIndicator((await params).slug);
  if (!indicator) return {};
  // The embed is a view of the indicator page, which is the address to index and to cite.
  return { title: `${indicator.nameZh}（嵌入）`, alternates: { canonical: `/indicators/${indicator.slug}` } };
}

/** An indicator's figure and chart alone, sized for an iframe, with a link back to its page. */
export default async function EmbedIndicatorPage({ params }: Props) {
  const indicator = await getIndicator((await params).slug);
  if (!indicator) notFound();
  const [source, { statusDate, updatedOn, version }] = await Promise.all([getSource(indicator.figures[0].sourceId), getDatasetVersion()]);
  const { actual, target } = headlineFigures(indicator.figures, statusDate);
  const page = siteUrl(`/indicators/${indicator.slug}`);
  return (
    <article className="space-y-2 text-sm">
      <h1 className="text-lg font-bold">平城区 · {indicator.nameZh}</h1>
      <dl className="flex flex-wrap gap-x-8 gap-y-2">
        <div>
          <dt className="text-muted">{actual ? `${actual.year}年` : "已公布的结果"}</dt>
          <dd className={actual?.value != null ? "text-2xl font-bold text-brand" : "text-base"} data-testid="embed-actual">
            {actual ? figureText(actual, indicator.unit) : "来源未公布"}
          </dd>
        </div>
        {target && (
          <div>
            <dt className="text-muted">目标：到{target.year}年</dt>
            <dd className="flex flex-wrap items-center gap-2">
              <span className={target.value !== null ? "text-2xl font-bold" : "text-base"}>{figureText(target, indicator.unit)}</span>
              {target.assessment && <StatusBadge status={target.assessment.status} />}
            </dd>
          </div>
        )}
      </dl>
      {indicator.unit && <IndicatorChart title={indicator.nameZh} unit={indicator.unit} figures={indicator.figures} compact />}
      <p className="text-muted">
        来源：《{source?.titleZh}》 · 数据更新于{updatedOn ? formatDateZh(updatedOn) : "—"}（版本 {version}）
      </p>
      <p>
        <a href={page} target="_blank" rel="noopener" data-testid="embed-link-back">
          在“平城区发展目标进展”查看全部数字与原文出处 ↗
        </a>
      </p>
    </article>
  );
}
