import { formatFigure } from "@/lib/format/format";
import { formatFigureEn } from "@/lib/format/formatEn";
import type { Lang } from "@/lib/i18n/language";
import { stepName } from "@/lib/progress/steps";
import type { FigureView } from "../queries/views";

/** A figure as a reader sees it: its number in words ("850亿元左右"), or, when qualitative, the source's own words. */
export function figureText(figure: Pick<FigureView, "comparator" | "value" | "valueMax" | "excerpt">, unit: string | null): string {
  if (figure.value === null) return figure.excerpt;
  return formatFigure({ comparator: figure.comparator, value: figure.value, valueMax: figure.valueMax, unit: unit ?? "" });
}

export { STEP_NAMES } from "@/lib/progress/steps";

export function planLabel(figure: Pick<FigureView, "plan" | "step" | "year">): string {
  if (figure.plan === "four-step" && figure.step) return `“四步走”${stepName(figure.step)}（到${figure.year}年）`;
  if (figure.plan === "tasks-2024") return `2024年重点工作（到${figure.year}年底）`;
  return `${figure.year}年`;
}

/** A figure with its year, as a sentence part: "2023年22845户", "到2035年目标超过20万户". */
export function figureWithYear(figure: Pick<FigureView, "kind" | "year" | "comparator" | "value" | "valueMax" | "excerpt">, unit: string | null): string {
  return `${figure.kind === "actual" ? `${figure.year}年` : `到${figure.year}年目标`}${figureText(figure, unit)}`;
}

/** figureText in English: the number in our English wording, or our translation of the excerpt. */
export function figureTextEn(figure: Pick<FigureView, "comparator" | "value" | "valueMax" | "excerptEn">, unit: string | null): string {
  if (figure.value === null) return figure.excerptEn;
  return formatFigureEn({ comparator: figure.comparator, value: figure.value, valueMax: figure.valueMax, unit: unit ?? "" });
}

/** The figure's text in a language: a number in words, or (qualitative) the excerpt in quotes. */
export function figureIn(
  lang: Lang,
  figure: Pick<FigureView, "comparator" | "value" | "valueMax" | "excerpt" | "excerptEn">,
  unit: string | null,
): string {
  if (lang === "en") return figure.value === null ? `“${figure.excerptEn}”` : figureTextEn(figure, unit);
  return figure.value === null ? `“${figure.excerpt}”` : figureText(figure, unit);
}

export function planLabelEn(figure: Pick<FigureView, "plan" | "step" | "year">): string {
  if (figure.plan === "four-step" && figure.step) return `Four-step plan, step ${figure.step} (by ${figure.step === 1 ? "the end of " : ""}${figure.year})`;
  if (figure.plan === "tasks-2024") return `2024 key tasks (by the end of ${figure.year})`;
  return String(figure.year);
}
