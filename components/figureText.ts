import { formatFigure } from "@/lib/format";
import { stepName } from "@/lib/steps";
import type { FigureView } from "@/lib/queries";

/** A figure as a reader sees it: its number in words ("850亿元左右"), or, when qualitative, the source's own words. */
export function figureText(figure: Pick<FigureView, "comparator" | "value" | "valueMax" | "excerpt">, unit: string | null): string {
  if (figure.value === null) return figure.excerpt;
  return formatFigure({ comparator: figure.comparator, value: figure.value, valueMax: figure.valueMax, unit: unit ?? "" });
}

export { STEP_NAMES } from "@/lib/steps";

export function planLabel(figure: Pick<FigureView, "plan" | "step" | "year">): string {
  if (figure.plan === "four-step" && figure.step) return `“四步走”${stepName(figure.step)}（到${figure.year}年）`;
  if (figure.plan === "tasks-2024") return `2024年重点工作（到${figure.year}年底）`;
  return `${figure.year}年`;
}

/** A figure with its year, as a sentence part: "2023年22845户", "到2035年目标超过20万户". */
export function figureWithYear(figure: Pick<FigureView, "kind" | "year" | "comparator" | "value" | "valueMax" | "excerpt">, unit: string | null): string {
  return `${figure.kind === "actual" ? `${figure.year}年` : `到${figure.year}年目标`}${figureText(figure, unit)}`;
}
