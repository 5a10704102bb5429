// What the reader hands the loader: the rows of every file of data/, checked. Its own module so that
// the reader and the checks it runs share these types without importing each other.
import type { SiteParticulars } from "../site/siteParticulars";
import type { IndicatorRow, NotFigureRow, PlanRow, RedirectRow, SectorRow, SourceRow, StepRow, UpdateRow, FigureRow } from "./schema";

export interface Source extends SourceRow { text: string; sha256: string }
export interface Figure extends FigureRow { line: number; excerptStart: number }
/** A damaged passage located in its source: `start`/`end` are offsets in the text (end exclusive). */
export interface Damage { source: string; start: number; end: number; note_zh: string; note_en: string }
/** Rows keep the line of their file they came from, so a warning can name it. */
export type Lined<T> = T & { line: number };
export interface Dataset {
  sources: Source[];
  sectors: SectorRow[];
  indicators: Lined<IndicatorRow>[];
  figures: Figure[];
  notFigures: NotFigureRow[];
  redirects: RedirectRow[];
  /** Oldest first. */
  updates: Lined<UpdateRow>[];
  /** The plans the sources set out, in the order of plans.csv. */
  plans: Lined<PlanRow>[];
  /** The steps of the plans in steps, with our summaries, in plan and step order. */
  steps: Lined<StepRow>[];
  /** Damaged passages of the sources, in order of their place in the text. */
  damage: Damage[];
  /** The site's particulars (data/site.csv): only those it sets. */
  site: SiteParticulars;
}
