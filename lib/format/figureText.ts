// A figure as a reader sees it, in either language. Pure.
import { formatFigure } from "./format";
import { quote } from "./quote";
import { formatFigureEn, formatFigureEnWithPublished, publishedBesideEn } from "./formatEn";
import { englishOr, type Lang } from "../i18n/language";
import { deadline } from "../progress/steps";
import type { FigureView } from "../model/views";

type Shown = Pick<FigureView, "comparator" | "value" | "valueMax" | "excerpt" | "excerptEn" | "published">;

/**
 * The figure's number in words ("8.5万余人次", "more than 85,000 attendances"), or, for a qualitative
 * figure, the source's words (or our translation of them) in quotes. `withPublished`: in English,
 * add the published Chinese where none stands beside it ("13.28 billion yuan (132.8亿元)").
 */
export function figureIn(lang: Lang, figure: Shown, unit: string | null, { withPublished = false } = {}): string {
  const f = { ...figure, unit: unit ?? "" };
  if (lang === "en") {
    if (figure.value === null) return englishOr(quote(figure.excerpt), figure.excerptEn && quote(figure.excerptEn));
    return withPublished ? formatFigureEnWithPublished(f) : formatFigureEn(f);
  }
  return figure.value === null ? quote(figure.excerpt) : formatFigure(f);
}

/** A figure with its year, as a sentence part: "2023年22845户", "到2035年目标超过20万户", "target by 2035: more than 200,000". */
export function figureWithYear(lang: Lang, figure: Shown & Pick<FigureView, "kind" | "year" | "dueAtYearEnd">, unit: string | null): string {
  const text = figureIn(lang, figure, unit);
  if (lang === "en") return figure.kind === "actual" ? `${figure.year}: ${text}` : `target ${deadline("en", figure)}: ${text}`;
  return figure.kind === "actual" ? `${figure.year}年${text}` : `${deadline("zh", figure)}目标${text}`;
}

/**
 * Where no Chinese stands beside an English figure (cards, slides, embeds), the published form to
 * show with it, smaller: "132.8亿元" beside "13.28 billion yuan". Null in Chinese, for a qualitative
 * figure, and where the English writes the same digits.
 */
export function publishedBeside(lang: Lang, figure: Shown, unit: string | null): string | null {
  if (lang !== "en" || figure.value === null) return null;
  return publishedBesideEn({ ...figure, unit: unit ?? "" });
}
