import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { EmbedPanel } from "@/components/EmbedPanel";
import { IndicatorChart } from "@/components/IndicatorChart";
import { ProgressGauge } from "@/components/ProgressGauge";
import { ReadAloud } from "@/components/ReadAloud";
import { StatusBadge } from "@/components/StatusBadge";
import { figureIn, planLabelEn } from "@/lib/format/figureText";
import { formatGrowth } from "@/lib/format/format";
import { getIndicator } from "@/lib/queries/queries";
import { excerptId } from "@/lib/source/sourceReader";
import { indicatorParams } from "@/lib/queries/staticParams";

export const dynamicParams = false;
export const generateStaticParams = indicatorParams;

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const indicator = await getIndicator((await params).slug);
  if (!indicator) return {};
  const path = `/indicators/${indicator.slug}`;
  return {
    title: indicator.nameEn,
    description: `Pingcheng District, ${indicator.nameEn}: ${indicator.figures.map((f) => `${f.kind === "actual" ? f.year : `target by ${f.year}`}: ${figureIn("en", f, indicator.unit)}`).join("; ")}.`,
    alternates: { canonical: `/en${path}`, languages: { "zh-CN": path } },
  };
}

/** One figure's source: our translation, then the Chinese original, which is the authority. */
function Excerpt({ zh, en, noteEn, href }: { zh: string; en: string; noteEn: string | null; href: string }) {
  return (
    <div className="mt-2 text-sm">
      <blockquote className="border-l-4 border-line bg-wash px-3 py-2">
        <p>
          <span className="mr-1 font-semibold text-muted">Source, our translation:</span>“{en}”
        </p>
        <p className="mt-1" lang="zh-CN">
          <span className="mr-1 font-semibold text-muted">原文：</span>“{zh}”
        </p>
        <p className="mt-1">
          <Link href={href} className="tap">See it in the source (Chinese)</Link>
        </p>
      </blockquote>
      {noteEn && (
        <p className="mt-1 text-muted">
          <span className="font-semibold">Our note:</span> {noteEn}
        </p>
      )}
    </div>
  );
}

export default async function IndicatorPageEn({ params }: Props) {
  const indicator = await getIndicator((await params).slug);
  if (!indicator) notFound();
  const actuals = indicator.figures.filter((f) => f.kind === "actual");
  const targets = indicator.figures.filter((f) => f.kind === "target");
  const sourceHref = (f: (typeof indicator.figures)[number]) => `/en/sources/${f.sourceId}#${excerptId(f.excerptStart, f.excerpt)}`;

  return (
    <article className="space-y-8">
      <Breadcrumbs lang="en" trail={[{ path: `/sectors/${indicator.sector.slug}`, label: indicator.sector.nameEn }]} here={indicator.nameEn} />
      <ReadAloud lang="en" />
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{indicator.nameEn}</h1>
        <p className="mt-1 text-muted" lang="zh-CN">{indicator.nameZh}</p>
        <p className="mt-3 max-w-3xl">{indicator.definitionEn} <span className="text-sm text-muted">(our explanation)</span></p>
      </header>

      <section aria-labelledby="results">
        <h2 id="results" className="text-xl font-bold">Published results</h2>
        {actuals.length === 0 && (
          <p className="mt-2 rounded bg-wash p-3" data-testid="no-baseline">
            The source publishes no result for this indicator (not even for 2023), so progress cannot be measured. We estimate nothing.
          </p>
        )}
        {actuals.map((f) => (
          <div key={f.anchor} id={f.anchor} className="mt-3 scroll-mt-4">
            <p className="text-sm text-muted">{f.year}</p>
            <p className={f.value !== null ? "text-4xl font-bold text-brand" : "text-lg"} data-testid="actual-value">{figureIn("en", f, indicator.unit)}</p>
            <Excerpt zh={f.excerpt} en={f.excerptEn} noteEn={f.noteEn} href={sourceHref(f)} />
          </div>
        ))}
      </section>

      {targets.length > 0 && (
        <section aria-labelledby="targets">
          <h2 id="targets" className="text-xl font-bold">Targets</h2>
          <ul className="mt-3 space-y-6">
            {targets.map((f) => (
              <li key={f.anchor} id={f.anchor} className="scroll-mt-4 rounded-lg border-2 border-line p-4">
                <p className="text-sm text-muted">{planLabelEn(f)}</p>
                <p className={f.value !== null ? "text-3xl font-bold" : "text-lg"} data-testid="target-value">{figureIn("en", f, indicator.unit)}</p>
                {f.assessment && (
                  <div className="mt-2 flex flex-wrap items-center gap-4">
                    {f.value !== null && <ProgressGauge share={f.assessment.shareReached} label={`${indicator.nameEn}, target by ${f.year}`} lang="en" />}
                    <div className="min-w-48 flex-1 space-y-1">
                      <StatusBadge status={f.assessment.status} explain lang="en" />
                      {f.value !== null && f.assessment.baseline && (
                        <p className="text-sm">
                          From the {f.assessment.baseline.year} result, it needs {formatGrowth(f.assessment.requiredGrowth)} growth a year (compound; our calculation).
                        </p>
                      )}
                    </div>
                  </div>
                )}
                <Excerpt zh={f.excerpt} en={f.excerptEn} noteEn={f.noteEn} href={sourceHref(f)} />
              </li>
            ))}
          </ul>
          {indicator.pace.length > 0 && (
            <div className="mt-4">
              <h3 className="font-bold">Yearly growth needed between two targets (our calculation)</h3>
              <ul className="mt-1 list-disc pl-6">
                {indicator.pace.map((p) => (
                  <li key={`${p.fromYear}-${p.toYear}`}>{p.fromYear} → {p.toYear}: {formatGrowth(p.growth)} a year</li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}

      {indicator.unit && (
        <section aria-label="Chart">
          <IndicatorChart title={indicator.nameEn} unit={indicator.unit} figures={indicator.figures} lang="en" />
        </section>
      )}

      {indicator.related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related" className="text-xl font-bold">Related indicators</h2>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2">
            {indicator.related.map((r) => (
              <li key={r.slug}><Link href={`/en/indicators/${r.slug}`} className="inline-block min-h-11 py-2">{r.nameEn}</Link></li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="tools" className="space-y-4 rounded-lg border-2 border-line p-4">
        <h2 id="tools" className="text-xl font-bold">Embed, download, cite</h2>
        <EmbedPanel slug={indicator.slug} title={indicator.nameEn} lang="en" />
        <p>
          Downloads and citations are on the{" "}
          <Link href={`/indicators/${indicator.slug}`} className="tap">Chinese page (<span lang="zh-CN">中文页面</span>)</Link>.
        </p>
      </section>
    </article>
  );
}
