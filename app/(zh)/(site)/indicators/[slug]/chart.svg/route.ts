import { chartDownload } from "@/lib/chartDownload";
import { chartSvgDocument } from "@/lib/chartImage";
import { indicatorFile } from "@/lib/indicatorRoute";
import { fileResponse } from "@/lib/openDataSource";
import { chartedIndicatorParams } from "@/lib/staticParams";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = chartedIndicatorParams;

export const GET = indicatorFile(async (indicator) => {
  const { scene, caption } = await chartDownload(indicator);
  return fileResponse(chartSvgDocument(scene, caption), "image/svg+xml; charset=utf-8", `pingcheng-${indicator.slug}.svg`);
});
