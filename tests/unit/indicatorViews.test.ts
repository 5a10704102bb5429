// The pure mapping from store rows to the views pages receive (lib/queries/indicatorViews.ts, overview.ts,
// citedExcerpts.ts), tested without a database.
import { describe, expect, it } from "vitest";
import { citedExcerpts } from "../../lib/queries/citedExcerpts";
import { sourcesCited } from "../../lib/citations/sourcesCited";
import { targetsOfPlan, toFigureViews, toIndicatorDetail, toIndicatorSummary, type StoredFigure, type StoredIndicator } from "../../lib/queries/indicatorViews";
import { overviewOf } from "../../lib/queries/overview";
import type { PlanView, SectorSummary } from "../../lib/model/views";

const today = new Date(Date.UTC(2026, 10, 29));

function row(f: Partial<StoredFigure>): StoredFigure {
  return {
    kind: "actual", year: 2023, comparator: "=", value: 1, valueMax: null, plan: null, step: null, sourceId: "a", source: { titleZh: "甲", titleEn: null },
    excerpt: "甲1个", excerptStart: 0, noteZh: null, excerptEn: "1", noteEn: null, baselineComparable: true, line: 2, ...f,
  };
}

function indicator(slug: string, figures: Partial<StoredFigure>[], over: Partial<StoredIndicator> = {}): StoredIndicator {
  return {
    slug, sectorSlug: "s", groupZh: "组", groupEn: "Group", nameZh: slug, nameEn: slug, unit: "个", direction: "increase", definitionZh: "", definitionEn: "",
    headline: false, figures: figures.map(row), ...over,
  };
}

const plans: PlanView[] = [
  {
    id: "steps", kind: "steps", year: null, sourceId: "a", nameZh: "四步", nameEn: "Four steps", summaryZh: "", summaryEn: null,
    steps: [{ step: 1, year: 2024, dueAtYearEnd: true, summaryZh: "", summaryEn: null, excerpts: [] }, { step: 2, year: 2027, dueAtYearEnd: false, summaryZh: "", summaryEn: null, excerpts: [] }],
  },
  { id: "tasks-2024", kind: "tasks", year: 2024, sourceId: "a", nameZh: "2024年重点工作", nameEn: null, summaryZh: "", summaryEn: null, steps: [] },
];

const sector: SectorSummary = { slug: "s", nameZh: "领域", nameEn: "Sector", headingZh: "", headingEn: "", summaryZh: "", summaryEn: "", indicatorCount: 3 };

describe("toFigureViews", () => {
  it("orders by year, then kind, then the source's order, and numbers a second anchor of the same year", () => {
    const views = toFigureViews("increase", "个", [
      row({ kind: "target", year: 2024, line: 9, value: 3, excerpt: "到2024年3个" }),
      row({ kind: "target", year: 2024, line: 5, value: 2, excerpt: "到2024年2个" }),
      row({ year: 2023, value: 1 }),
    ], today, plans);
    expect(views.map((v) => v.anchor)).toEqual(["actual-2023", "target-2024", "target-2024-2"]);
    expect(views.map((v) => v.value)).toEqual([1, 2, 3]);
  });

  it("assesses targets only, and measures nothing from a baseline marked not comparable", () => {
    const views = toFigureViews("increase", "个", [
      row({ year: 2023, value: 5 }),
      row({ kind: "target", year: 2030, value: 4, comparator: "≥", baselineComparable: false, excerpt: "到2030年4个以上" }),
    ], today, plans);
    expect(views[0].assessment).toBeNull();
    expect(views[1].assessment?.status).toBe("no-baseline");
  });

  it("gives a target its plan's names and the deadline its step has in the source", () => {
    const views = toFigureViews("increase", "个", [
      row({ kind: "target", year: 2024, plan: "steps", step: 1 }),
      row({ kind: "target", year: 2027, plan: "steps", step: 2 }),
      row({ kind: "target", year: 2025, plan: "tasks-2024" }),
    ], today, plans);
    expect(views.map((v) => [v.planNameZh, v.planNameEn, v.dueAtYearEnd])).toEqual([
      ["四步", "Four steps", true], ["2024年重点工作", null, true], ["四步", "Four steps", false],
    ]);
  });

  it("keeps each figure's own source and how the excerpt writes it", () => {
    const [view] = toFigureViews("increase", "人次", [row({ value: 85000, excerpt: "接待8.5万余人次", sourceId: "b", source: { titleZh: "乙", titleEn: null } })], today, plans);
    expect(view).toMatchObject({ sourceId: "b", sourceTitleZh: "乙", published: { text: "8.5万余人次", more: true } });
  });
});

describe("what pages are given", () => {
  const all = [
    indicator("a", [row({ sourceId: "x", source: { titleZh: "一", titleEn: null } }), row({ kind: "target", year: 2027, plan: "steps", step: 2, sourceId: "y", source: { titleZh: "二", titleEn: null } })], { headline: true }),
    indicator("b", [row({ kind: "target", year: 2024, plan: "steps", step: 1, value: 2 })], { groupZh: "别组" }),
    indicator("c", [row({ kind: "target", year: 2024, plan: "tasks-2024", value: 3 })]),
  ].map((i) => toIndicatorSummary(i, today, plans));

  it("cites every source an indicator's figures come from, once each, in order", () => {
    expect(sourcesCited(all[0].figures)).toEqual([{ id: "x", titleZh: "一", titleEn: null }, { id: "y", titleZh: "二", titleEn: null }]);
  });

  it("ranks related indicators of the same sub-heading first", () => {
    // a and c share the sub-heading 组; b sits under 别组 although it comes first in the source.
    expect(toIndicatorDetail(all[0], all, sector).related.map((i) => i.slug)).toEqual(["c", "b"]);
  });

  it("gives every plan its targets, the year's tasks first, and counts statuses", () => {
    const overview = overviewOf(plans, all, [sector]);
    expect(overview.plans.map((p) => [p.id, p.targets.map((t) => t.indicator.slug)])).toEqual([["tasks-2024", ["c"]], ["steps", ["b", "a"]]]);
    expect(targetsOfPlan(all, "tasks-2024").map((t) => t.indicator.slug)).toEqual(["c"]);
    expect(overview.headlines.map((h) => h.indicator.slug)).toEqual(["a"]);
    expect([...overview.statusCounts.values()].reduce((a, b) => a + b, 0)).toBe(3);
  });

  it("groups the figures resting on one excerpt under one highlight", () => {
    const excerpts = citedExcerpts(all, "a");
    expect(excerpts).toHaveLength(1);
    expect(excerpts[0].figures.map((f) => f.indicatorSlug)).toEqual(["b", "c"]);
  });
});
