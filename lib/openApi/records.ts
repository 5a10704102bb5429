// The contract of the open API: a zod schema for every document under /api/v1, published as JSON
// Schema (draft 2020-12) at /api/v1/schema.json, so that a site reading the API can check what it
// gets and a renamed field is a change someone sees. The record builders of openData.ts are typed by
// these schemas, the browser tests validate every API file of the build against the published schema,
// and /api lists the fields from it. Each field's `description` is in English and its
// `x-description-zh` in Chinese: both are our wording, for the two languages of /api.
import { z } from "zod";
import { COMPARATORS, DIRECTIONS, KINDS } from "../model/vocabulary";
import type { Lang } from "../i18n/language";
import type { TargetStatus } from "../progress/progress";
import { STATUS_ORDER } from "../progress/statusText";

/** A field's explanation in both languages (see the header). */
const said = (en: string, zh: string) => ({ description: en, "x-description-zh": zh });

const day = z.iso.date();

export const EditionRecord = z
  .strictObject({
    version: z.string().meta(said("the data version: a hash of all the data, which changes whenever any of them change", "数据版本：全部数据的哈希，任何数据变化它都会变")),
    updated: day.nullable().meta(said("the date of the latest entry of the data's changelog", "数据更新记录中最近一条的日期")),
    status_date: day.meta(said("the day every status is computed for (the build date)", "计算进展状态所依据的日期（生成日期）")),
  })
  .meta({ id: "Edition", ...said("which data a file holds", "文件所含数据的版本") });

export const FigureRecord = z
  .strictObject({
    indicator: z.string().meta(said("the indicator's code, which never changes", "指标代码，永久不变")),
    indicator_zh: z.string().meta(said("the indicator's name as the source gives it", "指标名称（原文）")),
    indicator_en: z.string().nullable().meta(said("our English of the name; null until translated", "本站的英文译名；尚未翻译时为 null")),
    kind: z.enum(KINDS).meta(said("actual (a result reported in the source) or target", "actual（原文报告的结果）或 target（目标）")),
    year: z.int().meta(said("the year of the result, or the target's deadline (the end of that year)", "结果所属年份，或目标的期限（该年年底）")),
    comparator: z.enum(COMPARATORS).nullable().meta(said(
      "how the number is meant: = exactly, ≥ at least, > more than, ≈ about, ≤ at most, < less than, range; null for a qualitative figure",
      "数值的含义：= 等于，≥ 以上，> 超过/突破，≈ 左右，≤ 不超过，< 低于，range 区间；定性的数字为 null",
    )),
    value: z.number().nullable().meta(said("the number as published, in the source's unit; null for a qualitative figure", "原文公布的数值，单位同原文；定性的数字为 null")),
    value_max: z.number().nullable().meta(said("the upper end of a range; null otherwise", "区间的上限；不是区间时为 null")),
    unit: z.string().nullable().meta(said("the unit, in Chinese as the source writes it (e.g. 亿元)", "单位，按原文（如“亿元”）")),
    text_zh: z.string().meta(said("the figure as the site writes it in Chinese (e.g. 超过20万户), or the source's words for a qualitative one", "本站的中文写法（如“超过20万户”），定性的数字为原文")),
    text_en: z.string().meta(said("the same in English (our translation; numbers shifted exactly: 13.28 billion yuan)", "同上的英文（本站翻译，数字按小数点精确换算）")),
    plan: z.string().nullable().meta(said("targets only: the plan the target belongs to (its code)", "仅目标：所属规划的代码")),
    step: z.int().nullable().meta(said("targets only: the step of the plan, for a plan in steps", "仅目标：分步规划中的第几步")),
    status: z.enum(STATUS_ORDER as [TargetStatus, ...TargetStatus[]]).nullable().meta(said(
      "targets only: the status on the status date; the rules are on the methodology page",
      "仅目标：按状态计算日期得出的进展状态，规则见“方法说明”",
    )),
    status_zh: z.string().nullable().meta(said("the status's Chinese label", "进展状态的中文说法")),
    status_en: z.string().nullable().meta(said("the status's English label", "进展状态的英文说法")),
    excerpt: z.string().meta(said("the excerpt of the source the figure comes from, word for word (Chinese)", "数字所在的原文摘录，一字不差")),
    excerpt_en: z.string().nullable().meta(said("our English of the excerpt; null until translated", "摘录的英文（本站翻译）；尚未翻译时为 null")),
    note_zh: z.string().nullable().meta(said("our note, in Chinese, where the source is damaged or unclear", "本站编者注（原文有损坏或口径不明时）")),
    note_en: z.string().nullable().meta(said("our note in English; present exactly when note_zh is", "编者注的英文；与 note_zh 同时存在")),
    source: z.string().meta(said("the code of the source document", "来源文件的代码")),
    source_title_zh: z.string().meta(said("the source's title, verbatim", "来源文件的标题（原文）")),
    excerpt_url: z.url().meta(said("where the excerpt is in the source's full text on this site", "摘录在本站原文全文中的位置")),
    url: z.url().meta(said("the figure on its indicator's page", "这个数字在指标页面上的位置")),
  })
  .meta({ id: "Figure", ...said("one published figure: a result or a target", "一个公布的数字：结果或目标") });

export const IndicatorRecord = z
  .strictObject({
    slug: z.string().meta(said("the indicator's code, which never changes", "指标代码，永久不变")),
    name_zh: z.string().meta(said("the name as the source gives it", "名称（原文）")),
    name_en: z.string().nullable().meta(said("our English of the name; null until translated", "本站的英文译名；尚未翻译时为 null")),
    sector: z.string().meta(said("the code of its sector", "所属领域的代码")),
    group_zh: z.string().meta(said("the heading in the source it sits under", "它在原文中所属的标题")),
    unit: z.string().nullable().meta(said("the unit, in Chinese as the source writes it", "单位，按原文")),
    direction: z.enum(DIRECTIONS).meta(said("which way is progress: increase, decrease or none", "进展的方向：increase 增加、decrease 减少或 none 无")),
    definition_zh: z.string().meta(said("our definition, in Chinese", "本站的释义")),
    url: z.url().meta(said("its page on the site", "它在本站的页面")),
  })
  .meta({ id: "Indicator", ...said("an indicator", "一项指标") });

export const IndicatorListItem = IndicatorRecord.extend({
  figure_count: z.int().nonnegative().meta(said("how many figures it has", "数字的个数")),
  api_url: z.url().meta(said("its document in the API", "它在接口中的地址")),
}).meta({ id: "IndicatorListItem", ...said("an indicator in the list of all of them", "指标列表中的一项") });

export const SectorRecord = z
  .strictObject({
    slug: z.string().meta(said("the sector's code", "领域代码")),
    name_zh: z.string().meta(said("the name", "名称")),
    name_en: z.string().meta(said("our English of the name", "本站的英文名称")),
    heading_zh: z.string().meta(said("the section heading in the source, verbatim", "原文的章节标题")),
    summary_zh: z.string().meta(said("our summary, in Chinese", "本站的概述")),
    indicator_count: z.int().nonnegative().meta(said("how many indicators it has", "指标数量")),
    url: z.url().meta(said("its page on the site", "它在本站的页面")),
  })
  .meta({ id: "Sector", ...said("a sector", "一个领域") });

const edition = EditionRecord;
export const SectorsDocument = z.strictObject({ edition, sectors: z.array(SectorRecord) }).meta({ id: "SectorsDocument", description: "/api/v1/sectors" });
export const IndicatorsDocument = z
  .strictObject({ edition, indicators: z.array(IndicatorListItem) })
  .meta({ id: "IndicatorsDocument", description: "/api/v1/indicators.json" });
export const IndicatorDocument = z
  .strictObject({ edition, indicator: IndicatorRecord, figures: z.array(FigureRecord) })
  .meta({ id: "IndicatorDocument", description: "/api/v1/indicators/{slug} (and each indicator's data.json)" });
export const FiguresDocument = z.strictObject({ edition, figures: z.array(FigureRecord) }).meta({ id: "FiguresDocument", description: "/api/v1/figures" });

export type EditionRecord = z.infer<typeof EditionRecord>;
export type FigureRecord = z.infer<typeof FigureRecord>;
export type IndicatorRecord = z.infer<typeof IndicatorRecord>;
export type IndicatorListItem = z.infer<typeof IndicatorListItem>;
export type SectorRecord = z.infer<typeof SectorRecord>;
export type SectorsDocument = z.infer<typeof SectorsDocument>;
export type IndicatorsDocument = z.infer<typeof IndicatorsDocument>;
export type IndicatorDocument = z.infer<typeof IndicatorDocument>;
export type FiguresDocument = z.infer<typeof FiguresDocument>;

/** Which document each file under /api/v1 is, by its address; null for one the contract does not know. */
export function apiDocumentOf(pathname: string): "SectorsDocument" | "IndicatorsDocument" | "IndicatorDocument" | "FiguresDocument" | null {
  if (pathname === "/api/v1/sectors") return "SectorsDocument";
  if (pathname === "/api/v1/indicators.json") return "IndicatorsDocument";
  if (/^\/api\/v1\/indicators\/[^/]+$/.test(pathname)) return "IndicatorDocument";
  if (pathname === "/api/v1/figures") return "FiguresDocument";
  return null;
}

/** The JSON Schema of /api/v1/schema.json: any API document, each one and each record under $defs. */
export function apiJsonSchema(schemaUrl: string): Record<string, unknown> {
  const schema = z.toJSONSchema(z.union([SectorsDocument, IndicatorsDocument, IndicatorDocument, FiguresDocument]), { target: "draft-2020-12" });
  const { $schema, ...rest } = schema;
  return { $schema, $id: schemaUrl, title: "Pingcheng progress dashboard API, v1", ...rest };
}

type Described = { description?: string; "x-description-zh"?: string };

/** A record of the published schema ("Figure", "Edition", …) as /api lists it: its explanation, and each field's, in `lang`. */
export function recordFields(id: string, lang: Lang): { text: string; fields: { name: string; text: string }[] } {
  const record = (apiJsonSchema("").$defs as Record<string, Described & { properties: Record<string, Described> }>)[id];
  const text = (d: Described) => (lang === "zh" ? d["x-description-zh"] : d.description) ?? "";
  return { text: text(record), fields: Object.entries(record.properties).map(([name, p]) => ({ name, text: text(p) })) };
}
