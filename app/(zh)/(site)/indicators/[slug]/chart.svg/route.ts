import { indicatorChartSvg } from "@/app/_files/indicatorFiles";
import { chartedIndicatorParams } from "@/lib/queries/staticParams";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = chartedIndicatorParams;

export const GET = indicatorChartSvg("zh");
