import { indicatorSlideFile } from "@/app/_files/deckFiles";
import { indicatorParams } from "@/lib/queries/staticParams";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = indicatorParams;

export const GET = indicatorSlideFile("en");
