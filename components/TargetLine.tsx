import { StatusBadge } from "@/components/StatusBadge";
import { figureIn } from "@/lib/format/figureText";
import { type Lang, nameIn, pathIn } from "@/lib/i18n/language";
import { deadline } from "@/lib/progress/steps";
import type { TargetOnTimeline } from "@/lib/model/views";

/** One target in a list: what was promised, by when, and where it stands. Links to the target on its indicator page. */
export function TargetLine({ target, showYear = false, lang = "zh" }: { target: TargetOnTimeline; showYear?: boolean; lang?: Lang }) {
  const numeric = target.value !== null;
  return (
    <li className="flex flex-col gap-1 border-b border-line py-3 last:border-b-0">
      <a href={pathIn(lang, `/indicators/${target.indicator.slug}`) + `#${target.anchor}`} className="font-semibold">
        {nameIn(lang, target.indicator)}
      </a>
      <span className={numeric ? "text-xl font-bold" : "text-base"}>
        {showYear && <span className="mr-2 text-sm font-normal text-muted">{deadline(lang, target)}</span>}
        {figureIn(lang, target, target.indicator.unit)}
      </span>
      {target.assessment && <StatusBadge status={target.assessment.status} lang={lang} />}
    </li>
  );
}
