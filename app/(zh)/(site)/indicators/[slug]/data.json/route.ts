import { indicatorFile } from "@/lib/indicatorRoute";
import { indicatorDocument } from "@/lib/openData";
import { jsonResponse, openDataContext } from "@/lib/openDataSource";
import { indicatorParams } from "@/lib/staticParams";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = indicatorParams;

export const GET = indicatorFile(async (indicator) => {
  const { sources, edition } = await openDataContext();
  return jsonResponse(indicatorDocument(indicator, sources, edition), `pingcheng-${indicator.slug}.json`);
});
