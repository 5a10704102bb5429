import { FigureValue } from "@/components/FigureValue";
import { StatusBadge } from "@/components/StatusBadge";
import type { Lang } from "@/lib/i18n/language";
import { deadline } from "@/lib/progress/steps";
import type { FigureView } from "@/lib/model/views";

const TEXT = {
  zh: { target: (deadline: string) => `目标：${deadline}` },
  en: { target: (deadline: string) => `Target: ${deadline}` },
} satisfies Record<Lang, { target: (deadline: string) => string }>;

/** A target as a term of a <dl>: its deadline, its figure and its status (cards and embeds). */
export function TargetTerm({ figure, unit, lang, size }: { figure: FigureView; unit: string | null; lang: Lang; size: "text-xl" | "text-2xl" }) {
  return (
    <div>
      <dt className="text-sm text-muted">{TEXT[lang].target(deadline(lang, figure))}</dt>
      <dd className="flex flex-wrap items-center gap-2">
        <span className={figure.value !== null ? `${size} font-bold` : "text-base"}><FigureValue figure={figure} unit={unit} lang={lang} /></span>
        {figure.assessment && <StatusBadge status={figure.assessment.status} lang={lang} />}
      </dd>
    </div>
  );
}
