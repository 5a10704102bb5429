import { describe, expect, it } from "vitest";
import { buildDeck, ROWS_PER_SLIDE, slideForIndicator, slideForSector, type Slide } from "../../lib/deck/deck";
import type { TargetStatus } from "../../lib/progress/progress";
import type { FigureView, IndicatorSummary, PlanView, SectorSummary } from "../../lib/model/views";

function sector(slug: string): SectorSummary {
  return { slug, nameZh: slug, nameEn: slug, headingZh: slug, headingEn: slug, summaryZh: "", summaryEn: "", indicatorCount: 0 };
}

type FigureSpec = Partial<FigureView> & { status?: TargetStatus };

function figure({ status, ...f }: FigureSpec): FigureView {
  const kind = f.kind ?? "actual";
  return {
    anchor: `${kind}-${f.year ?? 2023}`, kind, year: 2023, comparator: "=", value: 1, valueMax: null,
    plan: null, planNameZh: null, planNameEn: null, step: null, dueAtYearEnd: true, sourceId: "s", sourceTitleZh: "原文标题", sourceTitleEn: null, excerpt: "原文", excerptStart: 0, published: null, excerptEn: "excerpt", noteZh: null, noteEn: null, baselineComparable: true, assessment: null,
    ...f,
    ...(status && { assessment: { status, baseline: null, latest: null, shareReached: null, requiredGrowth: null, observedGrowth: null, paceRatio: null, withinYear: false } }),
  };
}

const target = (step: number, year: number, status: TargetStatus = "not-yet-due", plan: FigureView["plan"] = "four-step") =>
  figure({ kind: "target", year, step: plan === "four-step" ? step : null, plan, status });

const step = (n: number, year: number) => ({ step: n, year, dueAtYearEnd: n === 1, summaryZh: "", summaryEn: null, excerpts: [] });
const PLANS: PlanView[] = [
  {
    id: "four-step", kind: "steps", year: null, sourceId: "s", nameZh: "“四步走”战略目标", nameEn: "The four-step plan", summaryZh: "", summaryEn: null,
    steps: [step(1, 2024), step(2, 2027), step(3, 2030), step(4, 2035)],
  },
  { id: "tasks-2024", kind: "tasks", year: 2024, sourceId: "s", nameZh: "2024年重点工作", nameEn: null, summaryZh: "", summaryEn: null, steps: [] },
];

function indicator(slug: string, sectorSlug: string, figures: FigureSpec[], headline = false): IndicatorSummary {
  return {
    slug, sectorSlug, groupZh: "", groupEn: "", nameZh: slug, nameEn: slug, unit: "个", direction: "increase", definitionZh: "", definitionEn: "", headline,
    figures: figures.map(figure),
  };
}

const slugs = (deck: Slide[]) => deck.map((s) => s.slug);

describe("buildDeck", () => {
  const sectors = [sector("economy"), sector("people")];
  const indicators = [
    indicator("gdp", "economy", [target(3, 2030, "no-baseline"), target(4, 2035, "no-baseline")]),
    indicator("rank", "economy", [target(1, 2024, "due")]),
    indicator("jobs", "people", [{ year: 2023, value: 7709 }], false),
    indicator("clinics", "people", [{ year: 2023, value: 6 }, target(0, 2024, "due", "tasks-2024")]),
    indicator("honour", "people", [{ year: 2023, value: null, comparator: null }]),
    indicator("schools", "people", [{ year: 2023, value: 4 }], true),
  ];
  const deck = buildDeck(PLANS, sectors, indicators);

  it("orders title, the year's tasks, the plan in steps and each step with targets, each sector, and the end", () => {
    expect(slugs(deck)).toEqual([
      "start", "tasks-2024", "four-step", "four-step-1", "four-step-3", "four-step-4", "sector-economy", "sector-people", "end",
    ]);
  });

  it("gives every slide the public page of what it shows", () => {
    expect(deck.map((s) => s.path)).toEqual([
      "/", "/#tasks-2024", "/#four-step", "/#four-step-1", "/#four-step-3", "/#four-step-4", "/sectors/economy", "/sectors/people", "/",
    ]);
  });

  it("titles a plan's slides by its names, marking an English name not yet written", () => {
    expect(deck.filter((s) => s.kind !== "sector").map((s) => [s.title, s.titleEn])).toEqual([
      ["平城区发展目标进展", "Pingcheng progress dashboard"],
      ["2024年重点工作", "2024年重点工作 [not yet translated]"],
      ["“四步走”战略目标", "The four-step plan"],
      ["第一步：到2024年底", "Step 1: by the end of 2024"],
      ["第三步：到2030年", "Step 3: by 2030"],
      ["第四步：到2035年", "Step 4: by 2035"],
      ["谢谢", "Thank you"],
    ]);
  });

  it("summarises each step: deadline, number of targets and their statuses", () => {
    const steps = deck.find((s) => s.kind === "steps");
    expect(steps?.kind === "steps" && steps.steps).toEqual([
      { step: 1, year: 2024, dueAtYearEnd: true, targets: 1, statuses: [{ status: "due", count: 1 }] },
      { step: 3, year: 2030, dueAtYearEnd: false, targets: 1, statuses: [{ status: "no-baseline", count: 1 }] },
      { step: 4, year: 2035, dueAtYearEnd: false, targets: 1, statuses: [{ status: "no-baseline", count: 1 }] },
    ]);
  });

  it("shows a sector's numeric results, headline indicators first, and counts what it leaves out", () => {
    const people = slideForSector(deck, "people");
    if (people?.kind !== "sector") throw new Error("no sector slide");
    expect(people.rows.map((r) => r.indicator.slug)).toEqual(["schools", "jobs", "clinics"]);
    expect(people.more).toBe(1); // the qualitative result
    expect(people.targets).toBe(1); // the 2024 task, on its plan's slide
    const economy = slideForSector(deck, "economy");
    expect(economy?.kind === "sector" && [economy.rows.length, economy.targets]).toEqual([0, 3]);
  });

  it("shows a sector's targets and their statuses when it has no result of the year, so no slide is empty", () => {
    const economy = deck.find((s) => s.slug === "sector-economy");
    const people = deck.find((s) => s.slug === "sector-people");
    if (economy?.kind !== "sector" || people?.kind !== "sector") throw new Error("sector slides missing");
    expect(economy.rows).toEqual([]);
    expect(economy.targetRows.map((r) => [r.indicator.slug, r.figure.anchor, r.figure.assessment?.status])).toEqual([
      ["gdp", "target-2030", "no-baseline"], ["gdp", "target-2035", "no-baseline"], ["rank", "target-2024", "due"],
    ]);
    expect(people.targetRows).toEqual([]);
  });

  it("splits a step with more rows than fit, and keeps the sector slide to one", () => {
    const many = Array.from({ length: ROWS_PER_SLIDE + 1 }, (_, i) =>
      indicator(`t${i}`, "people", [target(2, 2027), { year: 2023, value: i }]),
    );
    const big = buildDeck(PLANS, sectors, many);
    expect(slugs(big)).toEqual(["start", "four-step", "four-step-2", "four-step-2-2", "sector-economy", "sector-people", "end"]);
    const [first, second] = big.filter((s) => s.kind === "targets");
    expect(first.kind === "targets" && [first.rows.length, first.part, first.parts]).toEqual([ROWS_PER_SLIDE, 1, 2]);
    expect(second.kind === "targets" && [second.rows.length, second.title]).toEqual([1, "第二步：到2027年"]);
    const people = slideForSector(big, "people");
    expect(people?.kind === "sector" && [people.rows.length, people.more]).toEqual([ROWS_PER_SLIDE, 1]);
    expect(slideForIndicator(big, { slug: `t${ROWS_PER_SLIDE}`, sectorSlug: "people" })?.slug).toBe("four-step-2-2");
  });
});

describe("slideForIndicator", () => {
  const deck = buildDeck(PLANS, [sector("economy"), sector("people")], [
    indicator("gdp", "economy", [target(4, 2035), target(3, 2030)]),
    indicator("clinics", "people", [{ year: 2023, value: 6 }, target(0, 2024, "due", "tasks-2024")]),
  ]);

  it.each([
    ["gdp", "economy", "four-step-3"], // the earliest step it has a target in, whatever the figure order
    ["clinics", "people", "tasks-2024"], // the slide of its 2024 task
    ["new", "economy", "sector-economy"], // no target at all: its sector
    ["lost", "nowhere", undefined],
  ])("%s → %s", (slug, sectorSlug, expected) => {
    expect(slideForIndicator(deck, { slug, sectorSlug })?.slug).toBe(expected);
  });
});
