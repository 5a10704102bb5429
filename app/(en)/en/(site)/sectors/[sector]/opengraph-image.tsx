import { PREVIEW_SIZE } from "@/components/PreviewImage";
import { sectorPreviewImage, PREVIEW_ALT } from "@/app/_files/indicatorFiles";
import { sectorParams } from "@/lib/queries/staticParams";

export const alt = PREVIEW_ALT.sector["en"];
export const size = PREVIEW_SIZE;
export const contentType = "image/png";
// Prerendered for every known slug, like the page itself.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = sectorParams;

export default sectorPreviewImage("en");
