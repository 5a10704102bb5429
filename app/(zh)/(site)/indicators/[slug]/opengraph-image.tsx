import { PREVIEW_SIZE } from "@/components/PreviewImage";
import { indicatorPreviewImage, PREVIEW_ALT } from "@/app/_files/indicatorFiles";
import { indicatorParams } from "@/lib/queries/staticParams";

export const alt = PREVIEW_ALT.indicator["zh"];
export const size = PREVIEW_SIZE;
export const contentType = "image/png";
// Prerendered for every known slug, like the page itself.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = indicatorParams;

export default indicatorPreviewImage("zh");
