import Link from "next/link";
import { StatusBadge } from "@/components/StatusBadge";
import { figureText } from "@/components/figureText";
import type { TargetOnTimeline } from "@/lib/queries";

/** One target in a list: what was promised, by when, and where it stands. Links to the target on its indicator page. */
export function TargetLine({ target, showYear = false }: { target: TargetOnTimeline; showYear?: boolean }) {
  const numeric = target.value !== null;
  return (
    <li className="flex flex-col gap-1 border-b border-line py-3 last:border-b-0">
      <Link href={`/indicators/${target.indicator.slug}#${target.anchor}`} className="font-semibold">
        {target.indicator.nameZh}
      </Link>
      <span className={numeric ? "text-xl font-bold" : "text-base"}>
        {showYear && <span className="mr-2 text-sm font-normal text-muted">到{target.year}年底</span>}
        {numeric ? figureText(target, target.indicator.unit) : `“${target.excerpt}”`}
      </span>
      {target.assessment && <StatusBadge status={target.assessment.status} />}
    </li>
  );
}
