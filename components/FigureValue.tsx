import { figureIn, publishedBeside } from "@/lib/format/figureText";
import type { Lang } from "@/lib/i18n/language";
import type { FigureView } from "@/lib/model/views";

/**
 * A figure where no Chinese stands beside it (cards, slides, embeds): in English, the published form
 * follows in smaller type, so "13.28 billion yuan" is checked against 132.8亿元 without a line of its own.
 */
export function FigureValue({ figure, unit, lang }: { figure: Pick<FigureView, "comparator" | "value" | "valueMax" | "excerpt" | "excerptEn" | "published">; unit: string | null; lang: Lang }) {
  const published = publishedBeside(lang, figure, unit);
  return (
    <>
      {figureIn(lang, figure, unit)}
      {published && (
        <span lang="zh-CN" className="ml-1 whitespace-nowrap text-base font-normal" data-published>
          ({published})
        </span>
      )}
    </>
  );
}
