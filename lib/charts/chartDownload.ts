// The scene and caption of an indicator's downloadable chart (SVG and PNG).
import "server-only";
import { chartPoints, targetPathFromLatestResult } from "./chartPoints";
import type { ChartCaption } from "./chartImage";
import { chartScene, type ChartScene } from "./chartScene";
import { formatDateZh } from "../format/format";
import { getDatasetVersion, getSource, type IndicatorDetail } from "../queries/queries";
import { siteUrl } from "../sharing/siteUrl";

export async function chartDownload(indicator: IndicatorDetail): Promise<{ scene: ChartScene; caption: ChartCaption }> {
  const [source, { version, updatedOn }] = await Promise.all([getSource(indicator.figures[0].sourceId), getDatasetVersion()]);
  const unit = indicator.unit ?? "";
  return {
    scene: chartScene(chartPoints(indicator.figures), unit, targetPathFromLatestResult(indicator.figures)),
    caption: {
      title: indicator.nameZh,
      unit,
      sourceTitle: source?.titleZh ?? "",
      url: siteUrl(`/indicators/${indicator.slug}`),
      edition: `数据更新于${updatedOn ? formatDateZh(updatedOn) : "—"}，版本 ${version}`,
    },
  };
}
