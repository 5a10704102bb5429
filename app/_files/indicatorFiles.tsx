// The GET handlers of an indicator's files (data.csv, data.json, chart.svg, chart.png) and of the
// link-preview images of indicator and sector pages, for both languages: the route files under
// app/(zh) and app/(en)/en declare what Next.js must read there (static, params) and call these.
// (A private folder: `_files` makes no route.)
import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";
import { ChartImage } from "@/components/ChartImage";
import { previewImageResponse } from "@/components/PreviewImage";
import { chartDownload } from "@/lib/charts/chartDownload";
import { chartImageText, chartSvgDocument, IMAGE, IMAGE_HEIGHT } from "@/lib/charts/chartImage";
import { imageFonts } from "@/lib/charts/imageFonts";
import { downloadName } from "@/lib/http/securityHeaders";
import { pathIn, SITE_NAME, type Lang } from "@/lib/i18n/language";
import { statusDate } from "@/lib/progress/statusDate";
import { indicatorFile } from "@/lib/queries/indicatorRoute";
import { getEdition, getIndicator, getOpenDataContext, getSector } from "@/lib/queries/queries";
import { figureRecords, figuresCsv, indicatorDocument } from "@/lib/openApi/openData";
import { fileResponse, jsonResponse } from "@/app/_files/openDataFiles";
import { indicatorPreview, sectorPreview } from "@/lib/pageMetadata/previewCard";
import { siteUrl } from "@/lib/links/siteUrl";

/** The file name a browser saves, as every server sends it (lib/http): a static file has no headers of its own. */
const fileName = (lang: Lang, slug: string, file: string) => downloadName(pathIn(lang, `/indicators/${slug}/${file}`));

export const indicatorCsv = (lang: Lang) =>
  indicatorFile(async (indicator) => {
    const { sources } = await getOpenDataContext();
    return fileResponse(figuresCsv(figureRecords(indicator, sources, lang), lang), "text/csv; charset=utf-8", fileName(lang, indicator.slug, "data.csv"));
  });

export const indicatorJson = (lang: Lang) =>
  indicatorFile(async (indicator) => {
    const { sources, edition } = await getOpenDataContext();
    return jsonResponse(indicatorDocument(indicator, sources, edition, lang), fileName(lang, indicator.slug, "data.json"));
  });

export const indicatorChartSvg = (lang: Lang) =>
  indicatorFile(async (indicator) => {
    const { scene, caption } = chartDownload(indicator, lang, await getEdition());
    return fileResponse(chartSvgDocument(scene, caption), "image/svg+xml; charset=utf-8", fileName(lang, indicator.slug, "chart.svg"));
  });

export const indicatorChartPng = (lang: Lang) =>
  indicatorFile(async (indicator) => {
    const { scene, caption } = chartDownload(indicator, lang, await getEdition());
    return new ImageResponse(<ChartImage scene={scene} caption={caption} />, {
      width: IMAGE.width,
      height: IMAGE_HEIGHT,
      fonts: await imageFonts(chartImageText(scene, caption)),
      headers: { "Content-Disposition": `attachment; filename="${fileName(lang, indicator.slug, "chart.png")}"` },
    });
  });

export const PREVIEW_ALT = {
  indicator: { zh: `这项指标已公布的结果与目标（${SITE_NAME.zh}）`, en: `This indicator's published result and target (${SITE_NAME.en})` },
  sector: { zh: `这个领域的指标数量与目标进展（${SITE_NAME.zh}）`, en: `This sector's indicators and where its targets stand (${SITE_NAME.en})` },
};

export function indicatorPreviewImage(lang: Lang) {
  return async function Image({ params }: { params: Promise<{ slug: string }> }) {
    const indicator = await getIndicator((await params).slug);
    if (!indicator) notFound();
    return previewImageResponse(indicatorPreview(lang, indicator, indicator.sector, statusDate(), siteUrl(pathIn(lang, `/indicators/${indicator.slug}`))));
  };
}

export function sectorPreviewImage(lang: Lang) {
  return async function Image({ params }: { params: Promise<{ sector: string }> }) {
    const found = await getSector((await params).sector);
    if (!found) notFound();
    return previewImageResponse(sectorPreview(lang, found.sector, found.indicators, siteUrl(pathIn(lang, `/sectors/${found.sector.slug}`))));
  };
}
