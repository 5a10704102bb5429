// The plans of data/plans.csv, their steps (steps.csv) and the targets that name them (figures.csv),
// checked against each other and against the plans' sources. A plan is data: a new year's key tasks
// are a row here, never a change of code. Pure: the reader hands it the rows it read.
import { exactValue } from "../../format/englishNumbers";
import { sameDecimal } from "../../format/exactDecimal";
import { findNumbers } from "../../format/sourceNumbers";
import type { DataError } from "../errors";
import type { FigureRow, PlanRow, StepRow } from "../schema";

import type { Lined } from "../dataset";

export function checkPlans(input: {
  plans: Lined<PlanRow>[];
  steps: Lined<StepRow>[];
  figures: Lined<FigureRow>[];
  sourceById: Map<string, { text: string }>;
  label: (name: string) => string;
}): DataError[] {
  const { plans, steps, figures, sourceById, label } = input;
  const errors: DataError[] = [];
  const failIn = (file: string, line: number) => (field: string, message: string) => errors.push({ file: label(file), line, field, message });
  const planById = new Map(plans.map((p) => [p.id, p]));

  for (const plan of plans) {
    const fail = failIn("plans.csv", plan.line);
    const source = sourceById.get(plan.source);
    if (!source) fail("source", `no source '${plan.source}' in sources.csv`);
    if (plan.kind === "tasks" && plan.year === null) fail("year", "a year's key tasks must name their year");
    if (plan.kind === "steps" && plan.year !== null) fail("year", "must be empty for a plan in steps: each step's deadline is in steps.csv");
    if (plan.kind === "steps" && !steps.some((s) => s.plan === plan.id)) fail("kind", `a plan in steps needs its steps in steps.csv (plan '${plan.id}')`);
    // Our summary may only say what the source says: every number of it is written there.
    if (source) for (const n of numbersNotIn(plan.summary_zh, [source.text])) fail("summary_zh", `${n} is not a number written in the source`);
  }

  for (const step of steps) {
    const fail = failIn("steps.csv", step.line);
    const plan = planById.get(step.plan);
    if (!plan) {
      fail("plan", `no plan '${step.plan}' in plans.csv`);
      continue;
    }
    if (plan.kind !== "steps") fail("plan", `'${plan.id}' is a year's key tasks, which have no steps`);
    const source = sourceById.get(plan.source);
    if (!source) continue;
    for (const excerpt of step.excerpts)
      if (!source.text.includes(excerpt)) fail("excerpts", `“${excerpt.slice(0, 24)}…” does not occur verbatim in the source`);
    // A step's summary is ours, so every number of it, and the deadline, must be written in its excerpts.
    for (const n of numbersNotIn(step.summary_zh, step.excerpts)) fail("summary_zh", `${n} is not a number written in the excerpts`);
    if (numbersNotIn(String(step.year), step.excerpts).length) fail("year", `${step.year} is not written in the excerpts`);
    const saysYearEnd = step.excerpts.some((e) => e.includes(`${step.year}年底`));
    if (step.year_end && !saysYearEnd) fail("year_end", `the excerpts do not say ${step.year}年底: leave year_end empty`);
    if (!step.year_end && saysYearEnd) fail("year_end", `the excerpts say ${step.year}年底: write yes`);
  }

  for (const figure of figures) {
    if (figure.plan === null) continue;
    const fail = failIn("figures.csv", figure.line);
    const plan = planById.get(figure.plan);
    if (!plan) {
      fail("plan", `no plan '${figure.plan}' in plans.csv`);
      continue;
    }
    if (plan.kind === "tasks" && figure.step !== null) fail("step", `'${plan.id}' is a year's key tasks, which have no steps: leave step empty`);
    if (plan.kind === "tasks" && plan.year !== null && figure.year < plan.year) fail("year", `a task of ${plan.year} cannot be due before it`);
    if (plan.kind === "steps") {
      const step = steps.find((s) => s.plan === plan.id && s.step === figure.step);
      if (figure.step === null) fail("step", `a target of '${plan.id}' must name its step (${stepsOf(steps, plan.id)})`);
      else if (!step) fail("step", `'${plan.id}' has no step ${figure.step} in steps.csv (${stepsOf(steps, plan.id)})`);
      else if (step.year !== figure.year) fail("year", `step ${step.step} of '${plan.id}' is due in ${step.year}, not ${figure.year}`);
    }
  }
  return errors;
}

function stepsOf(steps: StepRow[], plan: string): string {
  return `its steps: ${steps.filter((s) => s.plan === plan).map((s) => s.step).join(", ") || "none"}`;
}

/** The numbers of `text` (as written) whose exact value none of `texts` writes. */
function numbersNotIn(text: string, texts: string[]): string[] {
  const values = texts.flatMap((t) => findNumbers(t).map((n) => exactValue(n, t)));
  return findNumbers(text)
    .filter((n) => !values.some((v) => sameDecimal(v, exactValue(n, text))))
    .map((n) => text.slice(n.start, n.end));
}
