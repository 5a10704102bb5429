import { indicatorCsv } from "@/app/_files/indicatorFiles";
import { indicatorParams } from "@/lib/queries/staticParams";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = indicatorParams;

export const GET = indicatorCsv("en");
