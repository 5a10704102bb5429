// What the overview shows, worked out from the plans and indicators: every plan with its targets,
// headline results, and how many targets have each status. Pure.
import type { TargetStatus } from "../progress/progress";
import { plansWithTargets } from "./indicatorViews";
import type { FigureView, IndicatorSummary, Overview, PlanView, SectorSummary } from "../model/views";

export function overviewOf(plans: PlanView[], indicators: IndicatorSummary[], sectors: SectorSummary[]): Overview {
  const withTargets = plansWithTargets(plans, indicators);
  const headlines = indicators.flatMap((indicator) => {
    const actual = indicator.headline ? indicator.figures.find((f) => f.kind === "actual" && f.value !== null) : undefined;
    return actual ? [{ indicator, actual: actual as FigureView & { value: number } }] : [];
  });
  const statusCounts = new Map<TargetStatus, number>();
  for (const t of withTargets.flatMap((p) => p.targets))
    if (t.assessment) statusCounts.set(t.assessment.status, (statusCounts.get(t.assessment.status) ?? 0) + 1);
  return { plans: withTargets, sectors, headlines, statusCounts };
}
