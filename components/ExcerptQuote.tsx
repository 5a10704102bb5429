import { englishOr, pathIn, titleIn, type Lang } from "@/lib/i18n/language";
import type { FigureView } from "@/lib/model/views";
import { excerptId } from "@/lib/source/sourceReader";

type Quoted = Pick<FigureView, "excerpt" | "excerptEn" | "noteZh" | "noteEn" | "sourceId" | "sourceTitleZh" | "sourceTitleEn" | "excerptStart">;

const TEXT = {
  zh: { original: "原文：", check: "在原文中查看", note: "编者注（本站）：" },
  en: {
    translation: "Our translation:", original: "Original (Chinese):", check: "See it in the source (Chinese)", note: "Our note:",
    untranslated: "Not yet translated: the source's words are below, in Chinese. The figure is given in English above.",
  },
};

/**
 * The source's own words for a figure (in English, our translation first, then the Chinese, which is
 * the authority), with our note on damage or definitions kept visibly separate, and a link to the
 * excerpt highlighted in the full source, so a reader can check it in context. Each figure names
 * its own source.
 */
export function ExcerptQuote({ figure, lang }: { figure: Quoted; lang: Lang }) {
  const href = pathIn(lang, `/sources/${figure.sourceId}`) + `#${excerptId(figure.excerptStart, figure.excerpt)}`;
  // A note not yet translated is shown in Chinese on the English page, marked, rather than left out.
  const note = lang === "en" ? (figure.noteZh && englishOr(figure.noteZh, figure.noteEn)) : figure.noteZh;
  return (
    <div className="mt-2 text-sm">
      <blockquote className="border-l-4 border-line bg-wash px-3 py-2">
        {lang === "en" && figure.excerptEn !== null && (
          <p>
            <span className="mr-1 font-semibold text-muted">{TEXT.en.translation}</span>{figure.excerptEn}
          </p>
        )}
        {lang === "en" && figure.excerptEn === null && <p className="font-semibold text-muted" data-untranslated>{TEXT.en.untranslated}</p>}
        <p className={lang === "en" ? "mt-1 text-ink" : "text-ink"} lang="zh-CN" data-verbatim>
          <span className="mr-1 font-semibold text-muted">{TEXT[lang].original}</span>{figure.excerpt}
        </p>
        <footer className="mt-1 text-muted">
          —{titleIn(lang, { titleZh: figure.sourceTitleZh, titleEn: figure.sourceTitleEn })} ·{" "}
          <a href={href} data-testid="excerpt-link">{TEXT[lang].check}</a>
        </footer>
      </blockquote>
      {note && (
        <p className="mt-1 text-muted">
          <span className="font-semibold">{TEXT[lang].note}</span>
          {lang === "en" ? " " : ""}{note}
        </p>
      )}
    </div>
  );
}
