// The data as files a journalist or a program can take away: one record per figure, as JSON and as
// CSV (UTF-8 with a byte-order mark, so Excel and WPS read the Chinese correctly). Pure: the routes
// under app/ hand it what lib/queries/queries.ts returns.
import { stringify } from "csv-stringify/sync";
import { figureText } from "@/lib/format/figureText";
import type { IndicatorSummary, SectorSummary, SourceSummary } from "../queries/views";
import { excerptId } from "../source/sourceReader";
import { siteUrl } from "./siteUrl";
import { STATUS_TEXT } from "../progress/statusText";

export interface FigureRecord {
  indicator: string;
  indicator_zh: string;
  kind: "actual" | "target";
  year: number;
  comparator: string | null;
  value: number | null;
  value_max: number | null;
  unit: string | null;
  /** The figure as the site writes it ("超过20万户"), or the source's words for a qualitative one. */
  text_zh: string;
  plan: string | null;
  step: number | null;
  /** Targets only: the site's status on the build date (see /methodology). */
  status: string | null;
  status_zh: string | null;
  excerpt: string;
  note_zh: string | null;
  source: string;
  source_title_zh: string;
  excerpt_url: string;
  url: string;
}

export function figureRecords(indicator: IndicatorSummary, sources: Map<string, SourceSummary>): FigureRecord[] {
  return indicator.figures.map((f) => ({
    indicator: indicator.slug,
    indicator_zh: indicator.nameZh,
    kind: f.kind,
    year: f.year,
    comparator: f.comparator,
    value: f.value,
    value_max: f.valueMax,
    unit: indicator.unit,
    text_zh: figureText(f, indicator.unit),
    plan: f.plan,
    step: f.step,
    status: f.assessment?.status ?? null,
    status_zh: f.assessment ? STATUS_TEXT[f.assessment.status].label : null,
    excerpt: f.excerpt,
    note_zh: f.noteZh,
    source: f.sourceId,
    source_title_zh: sources.get(f.sourceId)?.titleZh ?? "",
    excerpt_url: siteUrl(`/sources/${f.sourceId}#${excerptId(f.excerptStart, f.excerpt)}`),
    url: siteUrl(`/indicators/${indicator.slug}#${f.anchor}`),
  }));
}

/** CSV columns: Chinese headers for people, in the order a reader needs them. */
const CSV_COLUMNS: [keyof FigureRecord, string][] = [
  ["indicator_zh", "指标"],
  ["indicator", "指标代码"],
  ["kind", "类型"],
  ["year", "年份"],
  ["text_zh", "数字"],
  ["comparator", "比较方式"],
  ["value", "数值"],
  ["value_max", "数值上限"],
  ["unit", "单位"],
  ["plan", "规划"],
  ["step", "步骤"],
  ["status_zh", "进展状态"],
  ["excerpt", "原文摘录"],
  ["note_zh", "编者注"],
  ["source_title_zh", "来源"],
  ["excerpt_url", "原文位置"],
  ["url", "本站链接"],
];

const KIND_ZH: Record<FigureRecord["kind"], string> = { actual: "结果", target: "目标" };

export function figuresCsv(records: FigureRecord[]): string {
  const lines = [
    CSV_COLUMNS.map(([, header]) => header),
    ...records.map((r) => CSV_COLUMNS.map(([key]) => (key === "kind" ? KIND_ZH[r.kind] : r[key]))),
  ];
  // CRLF between records, as Excel writes. csv-stringify quotes a field only when it holds the whole
  // record delimiter, so a lone line break inside a note (LF or CR) is named to be quoted too.
  return stringify(lines, { bom: true, record_delimiter: "windows", quoted_match: /[\r\n]/ });
}

/** Which data a file holds: the version (a hash of all data), when it was last updated, and the status date. */
export interface Edition {
  version: string;
  updated: string | null;
  status_date: string;
}

export function indicatorRecord(indicator: IndicatorSummary) {
  return {
    slug: indicator.slug,
    name_zh: indicator.nameZh,
    name_en: indicator.nameEn,
    sector: indicator.sectorSlug,
    group_zh: indicator.groupZh,
    unit: indicator.unit,
    direction: indicator.direction,
    definition_zh: indicator.definitionZh,
    url: siteUrl(`/indicators/${indicator.slug}`),
  };
}

export function indicatorDocument(indicator: IndicatorSummary, sources: Map<string, SourceSummary>, edition: Edition) {
  return { edition, indicator: indicatorRecord(indicator), figures: figureRecords(indicator, sources) };
}

export function sectorRecord(sector: SectorSummary) {
  return {
    slug: sector.slug,
    name_zh: sector.nameZh,
    name_en: sector.nameEn,
    heading_zh: sector.headingZh,
    summary_zh: sector.summaryZh,
    indicator_count: sector.indicatorCount,
    url: siteUrl(`/sectors/${sector.slug}`),
  };
}

export function sourceRecord(source: SourceSummary) {
  return { id: source.id, title_zh: source.titleZh, publisher_zh: source.publisher, published: source.published, url: source.url, reader_url: siteUrl(`/sources/${source.id}`) };
}

/** The whole dataset in one document: what /downloads/pingcheng-dataset.json holds. */
export function datasetDocument(sectors: SectorSummary[], indicators: IndicatorSummary[], sources: Map<string, SourceSummary>, edition: Edition) {
  return {
    edition,
    sources: [...sources.values()].map(sourceRecord),
    sectors: sectors.map(sectorRecord),
    indicators: indicators.map((i) => ({ ...indicatorRecord(i), figures: figureRecords(i, sources) })),
  };
}
