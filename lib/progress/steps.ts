// The four-step plan (四步走) as the source words it. Pure.

export const STEP_NAMES = ["第一步", "第二步", "第三步", "第四步"] as const;

export function stepName(step: number): string {
  return STEP_NAMES[step - 1] ?? `第${step}步`;
}

/** The first step is due by the end of 2024 (到2024年底); the others by a year. */
export function stepDeadline(step: number, year: number): string {
  return `到${year}年${step === 1 ? "底" : ""}`;
}

/** stepDeadline in English (our translation): "by the end of 2024", "by 2027". */
export function stepDeadlineEn(step: number, year: number): string {
  return `by ${step === 1 ? "the end of " : ""}${year}`;
}
