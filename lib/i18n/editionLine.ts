// Which data a page, slide, embed, handout or chart shows, worded one way everywhere: the year of the
// latest results first (a recent update date must not read as recent results), then when the data
// were last updated, the day statuses are computed for, and the data version. Pure.
import { formatDateZh } from "../format/format";
import { formatDateEn } from "../format/formatEn";
import type { Lang } from "./language";

export interface EditionFacts {
  latestResultYear: number | null;
  updatedOn: Date | null;
  statusDate: Date;
  version: string;
}

export function editionLine(lang: Lang, e: EditionFacts): string {
  if (lang === "en") {
    const updated = e.updatedOn ? formatDateEn(e.updatedOn) : "—";
    return `Latest results: ${e.latestResultYear ?? "—"} · data updated ${updated} · statuses as of ${formatDateEn(e.statusDate)} · data version ${e.version}`;
  }
  const updated = e.updatedOn ? formatDateZh(e.updatedOn) : "—";
  return `最新结果为${e.latestResultYear ? `${e.latestResultYear}年` : "—"} · 数据更新于${updated} · 状态计算日期${formatDateZh(e.statusDate)} · 数据版本 ${e.version}`;
}
