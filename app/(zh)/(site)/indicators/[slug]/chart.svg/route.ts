import { chartDownload } from "@/lib/charts/chartDownload";
import { chartSvgDocument } from "@/lib/charts/chartImage";
import { indicatorFile } from "@/lib/queries/indicatorRoute";
import { fileResponse } from "@/lib/sharing/openDataSource";
import { chartedIndicatorParams } from "@/lib/queries/staticParams";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = chartedIndicatorParams;

export const GET = indicatorFile(async (indicator) => {
  const { scene, caption } = await chartDownload(indicator);
  return fileResponse(chartSvgDocument(scene, caption), "image/svg+xml; charset=utf-8", `pingcheng-${indicator.slug}.svg`);
});
