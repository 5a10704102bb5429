// The contract for the files in data/ (described for people in data/README.md).
// Every CSV field arrives as a string; these schemas turn it into typed values or say what is wrong.
import { z } from "zod";
import { UNITS } from "../format/units";
import { COMPARATORS, DIRECTIONS, KINDS, PLAN_KINDS } from "../model/vocabulary";

export { COMPARATORS, DIRECTIONS, KINDS, PLAN_KINDS };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z.string().regex(SLUG, "must be lowercase ASCII words joined by '-' (e.g. signed-projects)");
const text = z.string().trim().min(1, "must not be empty");
/** Our unofficial English translation of the Chinese field beside it (the Chinese is the authority). */
const english = text;
/**
 * An English translation an editor without English may leave for later: the English pages then show
 * the Chinese, marked as not yet translated, and `npm run data:check` counts what is left.
 */
const englishLater = () => optional(english);
/** An optional field: the empty string means "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? null : v), schema.nullable());

const integer = z.string().regex(/^-?\d+$/, "must be a whole number").transform(Number);
const year = z
  .string()
  .regex(/^\d{4}$/, "must be a four-digit year")
  .transform(Number)
  .refine((y) => y >= 2000 && y <= 2100, "must be a year from 2000 to 2100");
// Published figures are written plainly: no thousands separators, at most one decimal point.
const decimal = z
  .string()
  .regex(/^\d+(?:\.\d+)?$/, "must be a number written with digits and at most one '.', no separators (e.g. 132.8)")
  .transform(Number);


export const sourceRow = z.object({
  id: slug,
  file: z.string().regex(/^[\w./-]+\.txt$/, "must be a .txt path inside data/").refine((f) => !f.includes(".."), "must stay inside data/"),
  title_zh: text,
  // Our English of the title, for English citations (APA's bracketed translation); may wait for a translator.
  title_en: englishLater(),
  publisher_zh: optional(text),
  published: optional(z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")),
  // Only https: a link on a government site must not run script (javascript:) or carry a page (data:).
  url: optional(z.url({ protocol: /^https$/, error: "must be an https:// address" })),
  // The SHA-256 of the file as copied (data:draft writes it): a later edit of the document is refused.
  sha256: optional(z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits (sha256sum of the file)")),
});

export const sectorRow = z.object({
  slug,
  order: integer,
  name_zh: text,
  name_en: english,
  heading_zh: text,
  heading_en: english,
  summary_zh: text,
  summary_en: english,
});

export const indicatorRow = z.object({
  slug,
  sector: slug,
  group_zh: text,
  group_en: englishLater(),
  order: integer,
  name_zh: text,
  name_en: englishLater(),
  unit: optional(z.enum(UNITS, { error: `must be one of ${UNITS.join(" ")}` })),
  direction: z.enum(DIRECTIONS, { error: `must be one of ${DIRECTIONS.join(", ")}` }),
  definition_zh: text,
  definition_en: englishLater(),
  headline: z.enum(["yes", ""], { error: "must be 'yes' or empty" }).transform((v) => v === "yes"),
});

export const figureRow = z
  .object({
    indicator: slug,
    kind: z.enum(KINDS, { error: `must be one of ${KINDS.join(", ")}` }),
    year,
    comparator: optional(z.enum(COMPARATORS, { error: `must be one of ${COMPARATORS.join(" ")} or empty` })),
    value: optional(decimal),
    value_max: optional(decimal),
    // A plans.csv id; whether the plan has steps, and which, is checked against plans.csv and steps.csv.
    plan: optional(slug),
    step: optional(integer.refine((s) => s >= 1, "must be a step number: 1 or more")),
    source: slug,
    excerpt: text,
    // "no" on a target whose earlier results may be counted differently: progress is not measured from them.
    baseline_comparable: z.enum(["", "no"], { error: "must be 'no' or empty" }).transform((v) => v !== "no"),
    note_zh: optional(text),
    excerpt_en: englishLater(),
    note_en: englishLater(),
  })
  .superRefine((row, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if ((row.value === null) !== (row.comparator === null))
      issue(row.value === null ? "value" : "comparator", "a numeric figure needs both comparator and value; a qualitative one neither");
    if (row.comparator === "range" && row.value_max === null) issue("value_max", "a range needs value_max");
    if (row.comparator !== "range" && row.value_max !== null) issue("value_max", "only a range has value_max");
    if (row.value !== null && row.value_max !== null && row.value_max <= row.value)
      issue("value_max", "must be greater than value");
    if (row.kind === "actual" && row.plan !== null) issue("plan", "an actual result belongs to no plan");
    if (row.kind === "target" && row.plan === null) issue("plan", "a target must name its plan (an id of plans.csv)");
    if (row.kind === "actual" && !row.baseline_comparable) issue("baseline_comparable", "only a target can be marked not comparable");
    if (!row.baseline_comparable && row.note_zh === null) issue("note_zh", "say why the earlier results are not comparable");
    if (row.note_zh === null && row.note_en !== null) issue("note_en", "must be empty when note_zh is empty (it translates note_zh)");
  });

/** An old indicator slug that now lives under another one: `/indicators/{from}` redirects permanently. */
export const redirectRow = z.object({
  from: slug,
  to: slug,
});

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((d) => {
    // Date accepts 2026-02-30 as 2 March, so the date must survive a round trip unchanged.
    const t = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(d);
  }, "must be a real calendar date");

/** One entry of the changelog shown on /updates; the latest date is the data's "last updated". */
export const updateRow = z.object({
  date: isoDate,
  summary_zh: text,
  summary_en: englishLater(),
});

/**
 * A plan a source sets out: a plan in steps, each with its deadline (四步走, steps.csv), or one year's
 * key tasks (2024年重点工作), whose targets are due by the end of their year. Its names and summary are
 * ours; its targets are the figures.csv rows that name it.
 */
export const planRow = z.object({
  id: slug,
  kind: z.enum(PLAN_KINDS, { error: `must be one of ${PLAN_KINDS.join(", ")}` }),
  // The year of a year's key tasks; empty for a plan in steps, whose deadlines are in steps.csv.
  year: optional(year),
  source: slug,
  name_zh: text,
  name_en: englishLater(),
  summary_zh: text,
  summary_en: englishLater(),
});

/**
 * One step of a plan in steps: its deadline year, whether the source sets it at the year's end
 * (到2024年底) or at the year (到2027年), and a one-sentence summary in each language (ours), resting
 * on verbatim excerpts of the plan's source, one per line of `excerpts`.
 */
export const stepRow = z.object({
  plan: slug,
  step: integer.refine((s) => s >= 1, "must be a step number: 1 or more"),
  year,
  year_end: z.enum(["yes", ""], { error: "must be 'yes' (the source says 到…年底) or empty" }).transform((v) => v === "yes"),
  summary_zh: text,
  summary_en: englishLater(),
  excerpts: text.transform((t) => t.split("\n").map((e) => e.trim()).filter(Boolean)),
});

/** A passage of a source that looks garbled or is printed twice: the source reader marks it with our note. */
export const damageRow = z.object({
  source: slug,
  excerpt: text,
  // Which occurrence of `excerpt` is damaged (1 = the first); empty marks every occurrence.
  occurrence: optional(integer.refine((n) => n >= 1, "must be 1 or more")),
  note_zh: text,
  note_en: english,
});

export const notFigureRow = z.object({
  source: slug,
  excerpt: text,
  reason_zh: text,
});

export type SourceRow = z.infer<typeof sourceRow>;
export type SectorRow = z.infer<typeof sectorRow>;
export type IndicatorRow = z.infer<typeof indicatorRow>;
export type FigureRow = z.infer<typeof figureRow>;
export type NotFigureRow = z.infer<typeof notFigureRow>;
export type RedirectRow = z.infer<typeof redirectRow>;
export type UpdateRow = z.infer<typeof updateRow>;
export type StepRow = z.infer<typeof stepRow>;
export type PlanRow = z.infer<typeof planRow>;
export type DamageRow = z.infer<typeof damageRow>;
