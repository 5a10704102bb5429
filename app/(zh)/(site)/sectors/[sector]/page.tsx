import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { IndicatorCard } from "@/components/IndicatorCard";
import { PresentLink } from "@/components/PresentLink";
import { PrintFooter } from "@/components/PrintFooter";
import { ReadAloud } from "@/components/ReadAloud";
import { slideForSector } from "@/lib/deck/deck";
import { shareableMetadata } from "@/lib/sharing/pageMetadata";
import { getDeck, getSector } from "@/lib/queries/queries";
import { sectorParams } from "@/lib/queries/staticParams";

// Every sector is known at build time; any other slug is a 404, never a render attempt.
export const dynamicParams = false;
export const generateStaticParams = sectorParams;

type Props = { params: Promise<{ sector: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getSector((await params).sector);
  if (!found) return {};
  const description = `${found.sector.summaryZh}共${found.indicators.length}项指标，均附原文出处。`;
  return shareableMetadata({ title: found.sector.nameZh, description, path: `/sectors/${found.sector.slug}` });
}

export default async function SectorPage({ params }: Props) {
  const found = await getSector((await params).sector);
  if (!found) notFound();
  const { sector, indicators } = found;
  const groups = [...new Set(indicators.map((i) => i.groupZh))];
  const slide = slideForSector(await getDeck(), sector.slug);

  return (
    <div className="space-y-8">
      <Breadcrumbs lang="zh" here={sector.nameZh} />
      <ReadAloud lang="zh" />
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{sector.nameZh}</h1>
        <p className="mt-1 text-muted" lang="en">{sector.nameEn} <span className="text-xs">(unofficial translation)</span></p>
        <p className="mt-2 max-w-3xl">{sector.summaryZh}</p>
        <p className="mt-1 text-sm text-muted">原文章节：“{sector.headingZh}”</p>
        {slide && <p className="mt-3"><PresentLink slide={slide} /></p>}
      </header>
      {groups.map((group) => (
        <section key={group} aria-label={group}>
          <h2 className="text-xl font-bold">{group}</h2>
          <ul className="mt-3 grid gap-4 md:grid-cols-2">
            {indicators.filter((i) => i.groupZh === group).map((i) => (
              <IndicatorCard key={i.slug} indicator={i} />
            ))}
          </ul>
        </section>
      ))}
      <PrintFooter path={`/sectors/${sector.slug}`} />
    </div>
  );
}
