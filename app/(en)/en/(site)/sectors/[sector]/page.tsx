import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SectorPage, sectorMetadata } from "@/components/SectorPage";
import { getSector, getSectorPage } from "@/lib/queries/queries";
import { sectorParams } from "@/lib/queries/staticParams";

// Every sector is known at build time; any other slug is a 404, never a render attempt.
export const dynamicParams = false;
export const generateStaticParams = sectorParams;

type Props = { params: Promise<{ sector: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getSector((await params).sector);
  return found ? sectorMetadata("en", found.sector, found.indicators.length) : {};
}

export default async function Page({ params }: Props) {
  const data = await getSectorPage((await params).sector);
  if (!data) notFound();
  return <SectorPage lang="en" {...data} />;
}
