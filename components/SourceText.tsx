import Link from "next/link";
import { pathIn, type Lang } from "@/lib/i18n/language";
import type { CitedExcerpt } from "@/lib/queries/queries";
import { readerParagraphs, type Run } from "@/lib/source/sourceReader";

/**
 * A source's full text, paragraph by paragraph. Each cited excerpt is highlighted, starts with a
 * <mark id="excerpt-…"> that figures link to, and ends with links to the indicators it is evidence for
 * (in `lang`; the text itself is always the Chinese original).
 */
export function SourceText({ text, excerpts, lang = "zh" }: { text: string; excerpts: CitedExcerpt[]; lang?: Lang }) {
  const byId = new Map(excerpts.map((e) => [e.id, e]));
  return (
    <div className="space-y-4 leading-loose" data-testid="source-text" lang="zh-CN">
      {readerParagraphs(text, excerpts).map((runs, i) => (
        <p key={i}>
          {runs.map((run, j) => (
            <RunText key={j} run={run} byId={byId} lang={lang} />
          ))}
        </p>
      ))}
    </div>
  );
}

function RunText({ run, byId, lang }: { run: Run; byId: Map<string, CitedExcerpt>; lang: Lang }) {
  if (run.covering.length === 0) return run.text;
  // The first excerpt starting here names the highlighted run; any other starting here at the same
  // character gets its own (unstyled) mark around it, so every excerpt has an anchor.
  const [first, ...others] = run.starting;
  let marked = (
    <mark id={first} className={`rounded-sm px-0.5 text-ink ${run.covering.length > 1 ? "bg-amber-300" : "bg-amber-100"}`}>
      {run.text}
    </mark>
  );
  for (const id of others)
    marked = (
      <mark id={id} className="bg-transparent text-ink">
        {marked}
      </mark>
    );
  return (
    <>
      {marked}
      {run.ending.map((id) => (
        // English names are long: they wrap, where a Chinese name keeps to one line.
        <sup key={id} className="ml-0.5 text-xs" lang={lang === "en" ? "en" : undefined}>
          {byId.get(id)!.figures.map((f, k) => (
            <span key={`${f.indicatorSlug}-${f.anchor}`}>
              {k > 0 && " "}
              <Link href={`${pathIn(lang, `/indicators/${f.indicatorSlug}`)}#${f.anchor}`} className={lang === "en" ? "break-words" : "whitespace-nowrap"}>
                [{lang === "en" ? f.indicatorEn : f.indicatorZh}]
              </Link>
            </span>
          ))}
        </sup>
      ))}
    </>
  );
}
