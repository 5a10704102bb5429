import { ImageResponse } from "next/og";
import { ChartImage } from "@/components/ChartImage";
import { chartDownload } from "@/lib/charts/chartDownload";
import { chartImageText, IMAGE, IMAGE_HEIGHT } from "@/lib/charts/chartImage";
import { imageFonts } from "@/lib/charts/imageFonts";
import { indicatorFile } from "@/lib/queries/indicatorRoute";
import { chartedIndicatorParams } from "@/lib/queries/staticParams";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = chartedIndicatorParams;

export const GET = indicatorFile(async (indicator) => {
  const { scene, caption } = await chartDownload(indicator);
  return new ImageResponse(<ChartImage scene={scene} caption={caption} />, {
    width: IMAGE.width,
    height: IMAGE_HEIGHT,
    fonts: await imageFonts(chartImageText(scene, caption)),
    headers: { "Content-Disposition": `attachment; filename="pingcheng-${indicator.slug}.png"` },
  });
});
