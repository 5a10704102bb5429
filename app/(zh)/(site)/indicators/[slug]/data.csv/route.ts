import { indicatorFile } from "@/lib/queries/indicatorRoute";
import { figureRecords, figuresCsv } from "@/lib/sharing/openData";
import { fileResponse, openDataContext } from "@/lib/sharing/openDataSource";
import { indicatorParams } from "@/lib/queries/staticParams";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = indicatorParams;

export const GET = indicatorFile(async (indicator) => {
  const { sources } = await openDataContext();
  return fileResponse(figuresCsv(figureRecords(indicator, sources)), "text/csv; charset=utf-8", `pingcheng-${indicator.slug}.csv`);
});
