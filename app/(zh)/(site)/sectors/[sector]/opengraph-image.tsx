import { notFound } from "next/navigation";
import { PREVIEW_SIZE, previewImageResponse } from "@/components/PreviewImage";
import { sectorPreview } from "@/lib/sharing/previewCard";
import { getSector } from "@/lib/queries/queries";
import { siteUrl } from "@/lib/sharing/siteUrl";
import { sectorParams } from "@/lib/queries/staticParams";

export const alt = "这个领域的指标数量与目标进展（平城区发展目标进展）";
export const size = PREVIEW_SIZE;
export const contentType = "image/png";
// Prerendered for every known slug, like the page itself.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = sectorParams;

export default async function Image({ params }: { params: Promise<{ sector: string }> }) {
  const found = await getSector((await params).sector);
  if (!found) notFound();
  return previewImageResponse(sectorPreview(found.sector, found.indicators, siteUrl(`/sectors/${found.sector.slug}`)));
}
