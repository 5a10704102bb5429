import Link from "next/link";
import { StatusBadge } from "@/components/StatusBadge";
import { figureIn } from "@/lib/format/figureText";
import { pathIn, type Lang } from "@/lib/i18n/language";
import type { TargetOnTimeline } from "@/lib/queries/queries";

/** One target in a list: what was promised, by when, and where it stands. Links to the target on its indicator page. */
export function TargetLine({ target, showYear = false, lang = "zh" }: { target: TargetOnTimeline; showYear?: boolean; lang?: Lang }) {
  const numeric = target.value !== null;
  const en = lang === "en";
  return (
    <li className="flex flex-col gap-1 border-b border-line py-3 last:border-b-0">
      <Link href={pathIn(lang, `/indicators/${target.indicator.slug}`) + `#${target.anchor}`} className="font-semibold">
        {en ? target.indicator.nameEn : target.indicator.nameZh}
      </Link>
      <span className={numeric ? "text-xl font-bold" : "text-base"}>
        {showYear && <span className="mr-2 text-sm font-normal text-muted">{deadline(target, lang)}</span>}
        {figureIn(lang, target, target.indicator.unit)}
      </span>
      {target.assessment && <StatusBadge status={target.assessment.status} lang={lang} />}
    </li>
  );
}

/** The deadline as the source words it: steps 2–4 of the four-step plan say 到2027年, the rest 到…年底. */
function deadline(target: TargetOnTimeline, lang: Lang): string {
  const yearEnd = !(target.plan === "four-step" && target.step !== 1);
  if (lang === "en") return yearEnd ? `by the end of ${target.year}` : `by ${target.year}`;
  return yearEnd ? `到${target.year}年底` : `到${target.year}年`;
}
