import { FigureValue } from "@/components/FigureValue";
import { StatusBadge } from "@/components/StatusBadge";
import type { Lang } from "@/lib/i18n/language";
import { deadline } from "@/lib/progress/steps";
import type { FigureView } from "@/lib/model/views";

/** A target as a term of a <dl>: its deadline, its figure and its status (cards and embeds). */
export function TargetTerm({ figure, unit, lang, size }: { figure: FigureView; unit: string | null; lang: Lang; size: "text-xl" | "text-2xl" }) {
  return (
    <div>
      <dt className="text-sm text-muted">{lang === "en" ? `Target: ${deadline("en", figure)}` : `目标：${deadline("zh", figure)}`}</dt>
      <dd className="flex flex-wrap items-center gap-2">
        <span className={figure.value !== null ? `${size} font-bold` : "text-base"}><FigureValue figure={figure} unit={unit} lang={lang} /></span>
        {figure.assessment && <StatusBadge status={figure.assessment.status} lang={lang} />}
      </dd>
    </div>
  );
}
