// The plans' steps and deadlines as readers see them, in both languages, in one place: every page,
// card, slide and preview says a deadline through `deadline`. Whether a deadline is the end of the
// year (到2024年底) or the year (到2027年) is data: steps.csv says it for each step, checked against
// the source's words, and a year's key tasks are due by the end of their year. Pure.
import type { PlanKind } from "../model/vocabulary";
import type { Lang } from "../i18n/language";

const NUMERALS = "一二三四五六七八九十";

/** "第一步", "Step 1". */
export function stepName(lang: Lang, step: number): string {
  if (lang === "en") return `Step ${step}`;
  return step >= 1 && step <= NUMERALS.length ? `第${NUMERALS[step - 1]}步` : `第${step}步`;
}

/** What a deadline's wording depends on: its year, and whether the source sets it at the year's end. */
export type Deadline = { year: number; dueAtYearEnd: boolean };

/** Whether a target of `plan`, in `step`, is due at the end of its year (to be read with steps.csv's year_end). */
export function dueAtYearEnd(plan: { kind: PlanKind; steps: { step: number; dueAtYearEnd: boolean }[] } | undefined, step: number | null): boolean {
  if (!plan || plan.kind === "tasks") return true;
  return plan.steps.find((s) => s.step === step)?.dueAtYearEnd ?? false;
}

/** "到2024年底", "到2027年"; "by the end of 2024", "by 2027". */
export function deadline(lang: Lang, d: Deadline): string {
  if (lang === "en") return d.dueAtYearEnd ? `by the end of ${d.year}` : `by ${d.year}`;
  return d.dueAtYearEnd ? `到${d.year}年底` : `到${d.year}年`;
}

/** What `planLabel` needs of a target: its plan's names, step and deadline. */
export type PlannedTarget = Deadline & { planNameZh: string | null; planNameEn: string | null; step: number | null };

/** The plan and deadline of a target: "“四步走”战略目标第一步（到2024年底）", "2024 key tasks (by the end of 2024)". */
export function planLabel(lang: Lang, t: PlannedTarget): string {
  if (t.planNameZh === null) return lang === "en" ? String(t.year) : `${t.year}年`;
  if (lang === "en") {
    const name = t.planNameEn ?? `${t.planNameZh} (name not yet translated)`;
    return `${name}${t.step ? `, ${stepName("en", t.step).toLowerCase()}` : ""} (${deadline("en", t)})`;
  }
  return `${t.planNameZh}${t.step ? stepName("zh", t.step) : ""}（${deadline("zh", t)}）`;
}

/** A step with its deadline, as a heading: "第一步：到2024年底", "Step 1: by the end of 2024". */
export function stepTitle(lang: Lang, step: { step: number } & Deadline): string {
  return `${stepName(lang, step.step)}${lang === "en" ? ": " : "："}${deadline(lang, step)}`;
}

/**
 * The order readers meet the plans in, on the overview and in the deck: the newest year's key tasks
 * first (what the district is doing now), then the plans in steps, then earlier years' tasks.
 */
export function readingOrder<P extends { kind: PlanKind; year: number | null }>(plans: P[]): P[] {
  const tasks = plans.filter((p) => p.kind === "tasks").sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
  return [...tasks.slice(0, 1), ...plans.filter((p) => p.kind === "steps"), ...tasks.slice(1)];
}
