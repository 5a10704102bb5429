// The data as files a journalist or a program can take away: one record per figure, as JSON and as
// CSV (UTF-8 with a byte-order mark, so Excel and WPS read the Chinese correctly). Pure: the routes
// under app/ hand it what lib/queries/queries.ts returns. The shapes are the API's contract (records.ts).
import { stringify } from "csv-stringify/sync";
import { csvCell } from "../format/csvCell";
import { figureIn } from "../format/figureText";
import { unitNameEn } from "../format/formatEn";
import type { Edition, IndicatorSummary, SectorSummary, SourceSummary } from "../model/views";
import { excerptId } from "../source/sourceReader";
import type {
  EditionRecord, FigureRecord, FiguresDocument, IndicatorDocument, IndicatorRecord, IndicatorsDocument, SectorRecord, SectorsDocument,
} from "./records";
import { siteUrl } from "../links/siteUrl";
import { englishOr, pathIn, type Lang } from "../i18n/language";
import { statusText } from "../progress/statusText";

export function figureRecords(indicator: IndicatorSummary, sources: Map<string, SourceSummary>, lang: Lang = "zh"): FigureRecord[] {
  return indicator.figures.map((f) => ({
    indicator: indicator.slug,
    indicator_zh: indicator.nameZh,
    indicator_en: indicator.nameEn,
    kind: f.kind,
    year: f.year,
    comparator: f.comparator,
    value: f.value,
    value_max: f.valueMax,
    unit: indicator.unit,
    text_zh: f.value === null ? f.excerpt : figureIn("zh", f, indicator.unit),
    text_en: f.value === null ? englishOr(f.excerpt, f.excerptEn) : figureIn("en", f, indicator.unit),
    plan: f.plan,
    step: f.step,
    status: f.assessment?.status ?? null,
    status_zh: f.assessment ? statusText("zh", f.assessment.status).label : null,
    status_en: f.assessment ? statusText("en", f.assessment.status).label : null,
    excerpt: f.excerpt,
    excerpt_en: f.excerptEn,
    note_zh: f.noteZh,
    note_en: f.noteEn,
    source: f.sourceId,
    source_title_zh: sources.get(f.sourceId)?.titleZh ?? f.sourceTitleZh,
    excerpt_url: siteUrl(`${pathIn(lang, `/sources/${f.sourceId}`)}#${excerptId(f.excerptStart, f.excerpt)}`),
    url: siteUrl(`${pathIn(lang, `/indicators/${indicator.slug}`)}#${f.anchor}`),
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

/**
 * The English file: English headers, our translations beside the Chinese. The numbers keep their
 * published digits in the unit the source uses, named the statistics bureau's way ("100 million yuan").
 */
const CSV_COLUMNS_EN: [keyof FigureRecord, string][] = [
  ["indicator_en", "Indicator (our translation)"],
  ["indicator_zh", "Indicator (Chinese)"],
  ["indicator", "Indicator id"],
  ["kind", "Kind"],
  ["year", "Year"],
  ["text_en", "Figure (our translation)"],
  ["comparator", "Comparator"],
  ["value", "Value"],
  ["value_max", "Upper value"],
  ["unit", "Unit"],
  ["plan", "Plan"],
  ["step", "Step"],
  ["status_en", "Status"],
  ["excerpt_en", "Excerpt (our translation)"],
  ["excerpt", "Excerpt (Chinese original)"],
  ["note_en", "Our note"],
  ["source_title_zh", "Source (Chinese title)"],
  ["excerpt_url", "Excerpt in the source"],
  ["url", "Page"],
];

const KIND: Record<Lang, Record<FigureRecord["kind"], string>> = { zh: { actual: "结果", target: "目标" }, en: { actual: "result", target: "target" } };

/**
 * The comparator as the CSV writes it: 89 of 123 figures are exact, and a lone `=` is a formula to a
 * spreadsheet, so it is written as the word data/README.md uses for it, beside the existing word
 * `range`. The JSON files and the API keep `=`.
 */
const comparatorCell = (comparator: string | null) => (comparator === "=" ? "exact" : comparator);

export function figuresCsv(records: FigureRecord[], lang: Lang = "zh"): string {
  const columns = lang === "en" ? CSV_COLUMNS_EN : CSV_COLUMNS;
  const unitOf = (r: FigureRecord) => (lang === "en" && r.unit ? unitNameEn(r.unit) : r.unit);
  const lines = [
    columns.map(([, header]) => header),
    ...records.map((r) =>
      columns.map(([key]) => (key === "kind" ? KIND[lang][r.kind] : key === "unit" ? unitOf(r) : key === "comparator" ? comparatorCell(r.comparator) : r[key])),
    ),
  ];
  // CRLF between records, as Excel writes. csv-stringify quotes a field only when it holds the whole
  // record delimiter, so a lone line break inside a note (LF or CR) is named to be quoted too. No
  // text cell may start a formula (csvCell).
  return stringify(lines, { bom: true, record_delimiter: "windows", quoted_match: /[\r\n]/, cast: { string: csvCell } });
}


const day = (d: Date) => d.toISOString().slice(0, 10);

export function editionRecord({ version, updatedOn, statusDate }: Edition): EditionRecord {
  return { version, updated: updatedOn && day(updatedOn), status_date: day(statusDate) };
}

export function indicatorRecord(indicator: IndicatorSummary): IndicatorRecord {
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

export function indicatorDocument(indicator: IndicatorSummary, sources: Map<string, SourceSummary>, edition: Edition, lang: Lang = "zh"): IndicatorDocument {
  return { edition: editionRecord(edition), indicator: indicatorRecord(indicator), figures: figureRecords(indicator, sources, lang) };
}

export function sectorRecord(sector: SectorSummary): SectorRecord {
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
    edition: editionRecord(edition),
    sources: [...sources.values()].map(sourceRecord),
    sectors: sectors.map(sectorRecord),
    indicators: indicators.map((i) => ({ ...indicatorRecord(i), figures: figureRecords(i, sources) })),
  };
}

/** /api/v1/sectors: every sector. */
export function sectorsDocument(sectors: SectorSummary[], edition: Edition): SectorsDocument {
  return { edition: editionRecord(edition), sectors: sectors.map(sectorRecord) };
}

/** /api/v1/indicators.json: every indicator, with how many figures it has and its own address in the API. */
export function indicatorsDocument(indicators: IndicatorSummary[], edition: Edition): IndicatorsDocument {
  return {
    edition: editionRecord(edition),
    indicators: indicators.map((i) => ({ ...indicatorRecord(i), figure_count: i.figures.length, api_url: siteUrl(`/api/v1/indicators/${i.slug}`) })),
  };
}

/** /api/v1/figures: every figure of every indicator. */
export function figuresDocument(indicators: IndicatorSummary[], sources: Map<string, SourceSummary>, edition: Edition): FiguresDocument {
  return { edition: editionRecord(edition), figures: indicators.flatMap((i) => figureRecords(i, sources)) };
}
