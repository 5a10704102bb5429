import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { IndicatorCard } from "@/components/IndicatorCard";
import { ReadAloud } from "@/components/ReadAloud";
import { getSector } from "@/lib/queries/queries";
import { sectorParams } from "@/lib/queries/staticParams";

export const dynamicParams = false;
export const generateStaticParams = sectorParams;

type Props = { params: Promise<{ sector: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getSector((await params).sector);
  if (!found) return {};
  const path = `/sectors/${found.sector.slug}`;
  return {
    title: found.sector.nameEn,
    description: `${found.sector.summaryEn} ${found.indicators.length} indicators, each with its source.`,
    alternates: { canonical: `/en${path}`, languages: { "zh-CN": path } },
  };
}

export default async function SectorPageEn({ params }: Props) {
  const found = await getSector((await params).sector);
  if (!found) notFound();
  const { sector, indicators } = found;
  const groups = [...new Set(indicators.map((i) => i.groupZh))];
  return (
    <div className="space-y-8">
      <Breadcrumbs lang="en" here={sector.nameEn} />
      <ReadAloud lang="en" />
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{sector.nameEn}</h1>
        <p className="mt-1 text-muted" lang="zh-CN">{sector.nameZh}</p>
        <p className="mt-2 max-w-3xl">{sector.summaryEn}</p>
        <p className="mt-1 text-sm text-muted">
          Section of the source: <span lang="zh-CN">“{sector.headingZh}”</span>
        </p>
      </header>
      {groups.map((group) => (
        <section key={group} aria-label={group} lang="zh-CN">
          <h2 className="text-xl font-bold">{group}</h2>
          <ul className="mt-3 grid gap-4 md:grid-cols-2" lang="en">
            {indicators.filter((i) => i.groupZh === group).map((i) => (
              <IndicatorCard key={i.slug} indicator={i} lang="en" />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
