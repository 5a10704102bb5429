// The plain objects the queries return and pages and components receive: the view types, which every
// layer may import (components included). Types only, in a module of their own, so the builders the
// queries call (lib/deck, lib/search) and the components name them without importing the queries.
import type { FigureKind, PlanKind } from "./vocabulary";
import type { PublishedForm } from "../format/publishedForm";
import type { Comparator, Direction, TargetAssessment, TargetStatus } from "../progress/progress";


export interface FigureView {
  /** Stable anchor on the indicator page: "actual-2023", "target-2030". */
  anchor: string;
  kind: FigureKind;
  year: number;
  comparator: Comparator | null;
  value: number | null;
  valueMax: number | null;
  /** A target's plan (its id in data/plans.csv) and names; null for a result. */
  plan: string | null;
  planNameZh: string | null;
  planNameEn: string | null;
  step: number | null;
  /** A target due at the end of its year (到2024年底) rather than by the year (到2027年), as its source words it. */
  dueAtYearEnd: boolean;
  sourceId: string;
  /** The title of the source this figure cites, verbatim: each figure cites its own source. */
  sourceTitleZh: string;
  /** Our English of that title; null until translated. */
  sourceTitleEn: string | null;
  excerpt: string;
  excerptStart: number;
  /** How the excerpt writes the quantity ("8.5万余人次"), so Chinese pages show it as written. */
  published: PublishedForm | null;
  noteZh: string | null;
  /** Our unofficial English translation of `excerpt` (the Chinese is the authority); null until translated. */
  excerptEn: string | null;
  /** Our unofficial English translation of `noteZh`: present exactly when it is. */
  noteEn: string | null;
  /** False when the source's earlier results may be counted differently from this target. */
  baselineComparable: boolean;
  /** Targets only: status and pace, computed on `statusDate`. */
  assessment: TargetAssessment | null;
}

export interface IndicatorSummary {
  slug: string;
  sectorSlug: string;
  /** The heading in the source it sits under, verbatim, and our English of it (null until translated). */
  groupZh: string;
  groupEn: string | null;
  nameZh: string;
  /** Our unofficial English translations: null until the editor has translated them. */
  nameEn: string | null;
  unit: string | null;
  direction: Direction;
  definitionZh: string;
  definitionEn: string | null;
  headline: boolean;
  figures: FigureView[];
}

export interface SectorSummary {
  slug: string;
  nameZh: string;
  nameEn: string;
  /** The section heading in the source, verbatim, and our English of it. */
  headingZh: string;
  headingEn: string;
  summaryZh: string;
  /** Our unofficial English translation of `summaryZh`. */
  summaryEn: string;
  indicatorCount: number;
}

export interface IndicatorDetail extends IndicatorSummary {
  sector: SectorSummary;
  related: IndicatorSummary[];
  /** Growth required between consecutive numeric targets (e.g. 450亿元 in 2027 → 700亿元 in 2035). */
  pace: { fromYear: number; toYear: number; growth: number | null }[];
}

export interface SourceSummary {
  id: string;
  titleZh: string;
  /** Our English of the title; null until translated. */
  titleEn: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
}

export interface TargetOnTimeline extends FigureView {
  indicator: Pick<IndicatorSummary, "slug" | "nameZh" | "nameEn" | "unit" | "sectorSlug">;
}

export interface CitedExcerpt {
  /** The anchor of the excerpt on /sources/[id] (see lib/source/sourceReader.ts). */
  id: string;
  start: number;
  end: number;
  /** The figures this excerpt is the evidence for. */
  figures: { indicatorSlug: string; indicatorZh: string; indicatorEn: string | null; anchor: string; year: number; kind: FigureView["kind"] }[];
}

export interface DataUpdateView {
  /** The day the change was published. */
  date: Date;
  summaryZh: string;
  /** Our English, null until translated. */
  summaryEn: string | null;
}

/** A damaged passage of a source (data/damage.csv) with our note, for the source reader. */
export interface DamageNote { id: string; start: number; end: number; noteZh: string; noteEn: string }

/** One step of a plan in steps: its deadline, our one-sentence summaries, the excerpts they rest on. */
export interface StepView {
  step: number;
  year: number;
  dueAtYearEnd: boolean;
  summaryZh: string;
  summaryEn: string | null;
  excerpts: string[];
}

/** A plan of data/plans.csv: in steps (四步走), or one year's key tasks. Names and summary are ours. */
export interface PlanView {
  id: string;
  kind: PlanKind;
  /** The year of a year's key tasks; null for a plan in steps. */
  year: number | null;
  sourceId: string;
  nameZh: string;
  nameEn: string | null;
  summaryZh: string;
  summaryEn: string | null;
  /** In step order; empty for a year's key tasks. */
  steps: StepView[];
}

/** A plan with every target of it, in step and year order. */
export interface PlanWithTargets extends PlanView {
  targets: TargetOnTimeline[];
}

export interface Overview {
  /** Every plan of the data, the newest year's key tasks first, then the plans in steps, then older tasks. */
  plans: PlanWithTargets[];
  sectors: SectorSummary[];
  /** Headline indicators with their first numeric 2023 result. */
  headlines: { indicator: IndicatorSummary; actual: FigureView & { value: number } }[];
  /** How many targets (of every plan) have each status. */
  statusCounts: Map<TargetStatus, number>;
}

/** Which data a page shows (its footer and print footer say so). */
export interface Edition {
  version: string;
  /** How many figure rows the data set holds. */
  figures: number;
  /** The day statuses are computed for: the build date unless STATUS_DATE pins it. */
  statusDate: Date;
  /** The latest date of data/updates.csv. */
  updatedOn: Date | null;
  /** The latest year any result is for (2023), so that a recent update date is not read as recent results. */
  latestResultYear: number | null;
}
