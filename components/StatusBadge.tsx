import type { TargetStatus } from "@/lib/progress/progress";
import type { Lang } from "@/lib/i18n/language";
import { statusText } from "@/lib/progress/statusText";

const STYLE: Record<TargetStatus, string> = {
  achieved: "border-achieved text-achieved",
  "on-track": "border-ontrack text-ontrack",
  behind: "border-behind text-behind",
  due: "border-due text-due",
  "not-yet-due": "border-pending text-pending",
  "no-baseline": "border-pending text-pending border-dashed",
};

/** A status is never carried by colour alone: it has a symbol and words, and its meaning in a sentence. */
export function StatusBadge({
  status, explain = false, large = false, lang = "zh",
}: { status: TargetStatus; explain?: boolean; large?: boolean; lang?: Lang }) {
  const text = statusText(lang, status);
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <span
        className={`inline-flex items-center gap-1 rounded bg-white font-semibold ${large ? "border-[3px] px-2 text-base" : "border-2 px-2 py-0.5 text-sm"} ${STYLE[status]}`}
        data-status={status}
      >
        <span aria-hidden="true">{text.symbol}</span>
        {text.label}
      </span>
      {explain && <span className="text-sm text-muted">{text.explanation}</span>}
    </span>
  );
}
