import { pathIn, textIn, type Lang } from "@/lib/i18n/language";
import type { CitedExcerpt, DamageNote } from "@/lib/model/views";
import { readerParagraphs, type Run } from "@/lib/source/sourceReader";

// What we add among the source's Chinese: our notes, in the reader's language and marked as such, and
// links to indicators. English names are long: they wrap, where a Chinese name keeps to one line; the
// links under a Chinese page need no lang of their own (the text around them is Chinese).
const TEXT = {
  zh: { noteLang: "zh-CN", note: (n: DamageNote) => `编者注：${n.noteZh}`, linksLang: undefined, linkClass: "whitespace-nowrap" },
  en: { noteLang: "en", note: (n: DamageNote) => `Our note: ${n.noteEn}`, linksLang: "en", linkClass: "break-words" },
} satisfies Record<Lang, { noteLang: string; note: (n: DamageNote) => string; linksLang: string | undefined; linkClass: string }>;

/**
 * A source's full text, paragraph by paragraph. Each cited excerpt is highlighted, starts with a
 * <mark id="excerpt-…"> that figures link to, and ends with links to the indicators it is evidence for
 * (in `lang`; the text itself is always the Chinese original). A passage that looks garbled or is
 * printed twice is underlined with a dotted line and opens with our note, so the damage shows where it is.
 */
export function SourceText({ text, excerpts, damage = [], lang = "zh" }: { text: string; excerpts: CitedExcerpt[]; damage?: DamageNote[]; lang?: Lang }) {
  const byId = new Map(excerpts.map((e) => [e.id, e]));
  const damageById = new Map(damage.map((d) => [d.id, d]));
  return (
    // data-verbatim: the source's words as published; data-ours marks what we add among them.
    <div className="space-y-4 leading-loose" data-testid="source-text" lang="zh-CN" data-verbatim>
      {readerParagraphs(text, excerpts, damage).map((runs, i) => (
        <p key={i}>
          {runs.map((run, j) => (
            <span key={j} className="contents">
              {run.damageStarting.map((id) => (
                <DamageMark key={id} note={damageById.get(id)!} lang={lang} />
              ))}
              {run.damaged.length > 0 ? (
                <span className="underline decoration-red-700 decoration-dotted decoration-2 underline-offset-4" data-damaged="">
                  <RunText run={run} byId={byId} lang={lang} />
                </span>
              ) : (
                <RunText run={run} byId={byId} lang={lang} />
              )}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}

/** Our note, in the reader's language, at the start of a damaged passage: the source itself is left as it is. */
function DamageMark({ note, lang }: { note: DamageNote; lang: Lang }) {
  return (
    <span
      id={note.id}
      role="note"
      lang={TEXT[lang].noteLang}
      className="mx-1 rounded-sm border border-red-700 px-1 text-sm text-ink"
      data-testid="damage-note"
      data-ours
    >
      {TEXT[lang].note(note)}
    </span>
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
        <sup key={id} className="ml-0.5 text-xs" lang={TEXT[lang].linksLang} data-ours>
          {byId.get(id)!.figures.map((f, k) => (
            <span key={`${f.indicatorSlug}-${f.anchor}`}>
              {k > 0 && " "}
              <a href={`${pathIn(lang, `/indicators/${f.indicatorSlug}`)}#${f.anchor}`} className={TEXT[lang].linkClass}>
                [{textIn(lang, f.indicatorZh, f.indicatorEn)}]
              </a>
            </span>
          ))}
        </sup>
      ))}
    </>
  );
}
