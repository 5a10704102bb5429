import { pathIn, PUNCTUATION, textIn, titleIn, type Lang } from "@/lib/i18n/language";
import type { FigureView } from "@/lib/model/views";
import { excerptId } from "@/lib/source/sourceReader";

type Quoted = Pick<FigureView, "excerpt" | "excerptEn" | "noteZh" | "noteEn" | "sourceId" | "sourceTitleZh" | "sourceTitleEn" | "excerptStart">;

const TEXT = {
  zh: { translation: () => null, original: "原文：", originalClass: "text-ink", check: "在原文中查看", note: "编者注（本站）：" },
  en: {
    translation: (f: Quoted) =>
      f.excerptEn !== null ? (
        <p>
          <span className="mr-1 font-semibold text-muted">Our translation:</span>{f.excerptEn}
        </p>
      ) : (
        <p className="font-semibold text-muted" data-untranslated>
          Not yet translated: the source&apos;s words are below, in Chinese. The figure is given in English above.
        </p>
      ),
    original: "Original (Chinese):", originalClass: "mt-1 text-ink", check: "See it in the source (Chinese)", note: "Our note:",
  },
} satisfies Record<Lang, {
  translation: (f: Quoted) => React.ReactNode; original: string; originalClass: string; check: string; note: string;
}>;

/**
 * The source's own words for a figure (in English, our translation first, then the Chinese, which is
 * the authority), with our note on damage or definitions kept visibly separate, and a link to the
 * excerpt highlighted in the full source, so a reader can check it in context. Each figure names
 * its own source.
 */
export function ExcerptQuote({ figure, lang }: { figure: Quoted; lang: Lang }) {
  const href = pathIn(lang, `/sources/${figure.sourceId}`) + `#${excerptId(figure.excerptStart, figure.excerpt)}`;
  // A note not yet translated is shown in Chinese on the English page, marked, rather than left out.
  const note = figure.noteZh && textIn(lang, figure.noteZh, figure.noteEn);
  const text = TEXT[lang];
  return (
    <div className="mt-2 text-sm">
      <blockquote className="border-l-4 border-line bg-wash px-3 py-2">
        {text.translation(figure)}
        <p className={text.originalClass} lang="zh-CN" data-verbatim>
          <span className="mr-1 font-semibold text-muted">{text.original}</span>{figure.excerpt}
        </p>
        <footer className="mt-1 text-muted">
          —{titleIn(lang, { titleZh: figure.sourceTitleZh, titleEn: figure.sourceTitleEn })} ·{" "}
          <a href={href} data-testid="excerpt-link">{text.check}</a>
        </footer>
      </blockquote>
      {note && (
        <p className="mt-1 text-muted">
          <span className="font-semibold">{text.note}</span>
          {PUNCTUATION[lang].sentenceGap}{note}
        </p>
      )}
    </div>
  );
}
