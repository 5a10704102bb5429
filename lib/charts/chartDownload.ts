// The scene and caption of an indicator's downloadable chart (SVG and PNG), in either language.
import "server-only";
import { chartPoints, targetPathFromLatestResult } from "./chartPoints";
import type { ChartCaption } from "./chartImage";
import { chartScene, type ChartScene } from "./chartScene";
import { formatDateZh } from "../format/format";
import { formatDateEn } from "../format/formatEn";
import { nameIn, pathIn, type Lang } from "../i18n/language";
import { sourcesCited } from "../queries/indicatorViews";
import { getDatasetVersion, type IndicatorDetail } from "../queries/queries";
import { siteUrl } from "../sharing/siteUrl";

export async function chartDownload(indicator: IndicatorDetail, lang: Lang): Promise<{ scene: ChartScene; caption: ChartCaption }> {
  const { version, updatedOn } = await getDatasetVersion();
  const unit = indicator.unit ?? "";
  const points = chartPoints(indicator.figures);
  // The chart draws the numeric figures: it cites the sources those come from.
  const charted = indicator.figures.filter((f) => f.value !== null);
  const edition =
    lang === "en"
      ? `data updated ${updatedOn ? formatDateEn(updatedOn) : "—"}, version ${version}`
      : `数据更新于${updatedOn ? formatDateZh(updatedOn) : "—"}，版本 ${version}`;
  return {
    scene: chartScene(points, unit, targetPathFromLatestResult(indicator.figures), lang),
    caption: {
      lang,
      title: nameIn(lang, indicator),
      unit,
      sourceTitles: sourcesCited(charted).map((s) => s.titleZh),
      url: siteUrl(pathIn(lang, `/indicators/${indicator.slug}`)),
      edition,
    },
  };
}
