// The plans' steps and deadlines as readers see them, in both languages, in one place: every page,
// card, slide and preview says a deadline through `deadline`. The source words step 1 of the
// four-step plan 到2024年底 and steps 2–4 到2027年, 到2030年, 到2035年; the 2024 key tasks are
// the year's work, due by its end. tests/data/steps.test.ts checks this rule against the source. Pure.
import type { Plan } from "../data/vocabulary";
import type { Lang } from "../i18n/language";

const STEP_NAMES = { zh: ["第一步", "第二步", "第三步", "第四步"], en: ["Step 1", "Step 2", "Step 3", "Step 4"] } as const;

export function stepName(lang: Lang, step: number): string {
  return STEP_NAMES[lang][step - 1] ?? (lang === "en" ? `Step ${step}` : `第${step}步`);
}

/** What a deadline depends on: the plan, the step of the four-step plan, the year. */
export type Deadline = { plan: Plan | null; step: number | null; year: number };

/** Whether the source sets the deadline at the end of the year (年底) rather than at the year. */
export function dueAtYearEnd({ plan, step }: Deadline): boolean {
  return !(plan === "four-step" && step !== null && step > 1);
}

/** "到2024年底", "到2027年"; "by the end of 2024", "by 2027". */
export function deadline(lang: Lang, d: Deadline): string {
  const end = dueAtYearEnd(d);
  if (lang === "en") return end ? `by the end of ${d.year}` : `by ${d.year}`;
  return end ? `到${d.year}年底` : `到${d.year}年`;
}

/** The plan and deadline of a target: "“四步走”第一步（到2024年底）", "2024 key tasks (by the end of 2024)". */
export function planLabel(lang: Lang, d: Deadline): string {
  if (d.plan === "four-step" && d.step) {
    return lang === "en" ? `Four-step plan, ${stepName("en", d.step).toLowerCase()} (${deadline("en", d)})` : `“四步走”${stepName("zh", d.step)}（${deadline("zh", d)}）`;
  }
  if (d.plan === "tasks-2024") return lang === "en" ? `2024 key tasks (${deadline("en", d)})` : `2024年重点工作（${deadline("zh", d)}）`;
  return lang === "en" ? String(d.year) : `${d.year}年`;
}

/** A step with its deadline, as a heading: "第一步：到2024年底", "Step 1: by the end of 2024". */
export function stepTitle(lang: Lang, step: number, year: number): string {
  const d: Deadline = { plan: "four-step", step, year };
  return `${stepName(lang, step)}${lang === "en" ? ": " : "："}${deadline(lang, d)}`;
}
