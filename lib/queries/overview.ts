// What the overview shows, worked out from the indicators: headline results and how many targets
// have each status. Pure.
import type { Plan } from "../data/vocabulary";
import type { TargetStatus } from "../progress/progress";
import { targetsOfPlan } from "./indicatorViews";
import type { FigureView, IndicatorSummary, Overview, SectorSummary } from "./views";

const PLANS_SHOWN: Plan[] = ["four-step", "tasks-2024"];

export function overviewOf(indicators: IndicatorSummary[], sectors: SectorSummary[]): Overview {
  const [steps, tasks] = PLANS_SHOWN.map((plan) => targetsOfPlan(indicators, plan));
  const headlines = indicators.flatMap((indicator) => {
    const actual = indicator.headline ? indicator.figures.find((f) => f.kind === "actual" && f.value !== null) : undefined;
    return actual ? [{ indicator, actual: actual as FigureView & { value: number } }] : [];
  });
  const statusCounts = new Map<TargetStatus, number>();
  for (const t of [...steps, ...tasks]) if (t.assessment) statusCounts.set(t.assessment.status, (statusCounts.get(t.assessment.status) ?? 0) + 1);
  const stepNumbers = [...new Set(steps.map((t) => t.step).filter((s) => s !== null))].sort((a, b) => a - b);
  const stepYears = stepNumbers.map((step) => ({ step, year: Math.max(...steps.filter((t) => t.step === step).map((t) => t.year)) }));
  return { stepYears, steps, tasks, sectors, headlines, statusCounts };
}
