import { notFound } from "next/navigation";
import { PREVIEW_SIZE, previewImageResponse } from "@/components/PreviewImage";
import { indicatorPreview } from "@/lib/sharing/previewCard";
import { getIndicator } from "@/lib/queries/queries";
import { siteUrl } from "@/lib/sharing/siteUrl";
import { indicatorParams } from "@/lib/queries/staticParams";
import { statusDate } from "@/lib/progress/statusDate";

export const alt = "这项指标已公布的结果与目标（平城区发展目标进展）";
export const size = PREVIEW_SIZE;
export const contentType = "image/png";
// Prerendered for every known slug, like the page itself.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = indicatorParams;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const indicator = await getIndicator((await params).slug);
  if (!indicator) notFound();
  return previewImageResponse(indicatorPreview(indicator, indicator.sector, statusDate(), siteUrl(`/indicators/${indicator.slug}`)));
}
