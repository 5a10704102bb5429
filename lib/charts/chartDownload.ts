// The scene and caption of an indicator's downloadable chart (SVG and PNG), in either language. Pure:
// the route hands it the indicator and the edition.
import { chartPoints, targetPathFromLatestResult } from "./chartPoints";
import type { ChartCaption } from "./chartImage";
import { chartScene, type ChartScene } from "./chartScene";
import { editionLine } from "../i18n/editionLine";
import { nameIn, pathIn, titleIn, type Lang } from "../i18n/language";
import { sourcesCited } from "../citations/sourcesCited";
import type { Edition, IndicatorDetail } from "../model/views";
import { siteUrl } from "../links/siteUrl";

export function chartDownload(indicator: IndicatorDetail, lang: Lang, edition: Edition): { scene: ChartScene; caption: ChartCaption } {
  const unit = indicator.unit ?? "";
  const points = chartPoints(indicator.figures);
  // The chart draws the numeric figures: it cites the sources those come from.
  const charted = indicator.figures.filter((f) => f.value !== null);

  return {
    scene: chartScene(points, unit, targetPathFromLatestResult(indicator.figures), lang),
    caption: {
      lang,
      title: nameIn(lang, indicator),
      unit,
      sourceTitles: sourcesCited(charted).map((s) => titleIn(lang, s)),
      url: siteUrl(pathIn(lang, `/indicators/${indicator.slug}`)),
      edition: editionLine(lang, edition),
    },
  };
}
