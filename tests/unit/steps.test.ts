import { describe, expect, it } from "vitest";
import { deadline, dueAtYearEnd, planLabel, readingOrder, stepName, stepTitle, type Deadline } from "../../lib/progress/steps";

describe("one deadline vocabulary in both languages", () => {
  it.each<[Deadline, string, string]>([
    [{ year: 2024, dueAtYearEnd: true }, "到2024年底", "by the end of 2024"],
    [{ year: 2027, dueAtYearEnd: false }, "到2027年", "by 2027"],
  ])("%o", (d, zh, en) => {
    expect(deadline("zh", d)).toBe(zh);
    expect(deadline("en", d)).toBe(en);
  });

  const steps = { kind: "steps" as const, steps: [{ step: 1, dueAtYearEnd: true }, { step: 2, dueAtYearEnd: false }] };
  it.each<[Parameters<typeof dueAtYearEnd>[0], number | null, boolean]>([
    [steps, 1, true], // the source says 到2024年底
    [steps, 2, false], // 到2027年
    [steps, 3, false], // a step the plan does not have: the year, never more than the source says
    [{ kind: "tasks", steps: [] }, null, true], // a year's key tasks are the year's work
    [undefined, null, true],
  ])("dueAtYearEnd(%o, %s) is %s", (plan, step, expected) => {
    expect(dueAtYearEnd(plan, step)).toBe(expected);
  });

  it("labels plans and steps by the plan's names", () => {
    const fourStep = { planNameZh: "“四步走”战略目标", planNameEn: "The four-step plan" };
    expect(planLabel("zh", { ...fourStep, step: 1, year: 2024, dueAtYearEnd: true })).toBe("“四步走”战略目标第一步（到2024年底）");
    expect(planLabel("en", { ...fourStep, step: 3, year: 2030, dueAtYearEnd: false })).toBe("The four-step plan, step 3 (by 2030)");
    expect(planLabel("zh", { planNameZh: "2025年重点工作", planNameEn: null, step: null, year: 2025, dueAtYearEnd: true })).toBe("2025年重点工作（到2025年底）");
    expect(planLabel("en", { planNameZh: "2025年重点工作", planNameEn: null, step: null, year: 2025, dueAtYearEnd: true }))
      .toBe("2025年重点工作 (name not yet translated) (by the end of 2025)");
    expect(planLabel("en", { planNameZh: null, planNameEn: null, step: null, year: 2023, dueAtYearEnd: true })).toBe("2023");
    expect(stepTitle("zh", { step: 2, year: 2027, dueAtYearEnd: false })).toBe("第二步：到2027年");
    expect(stepTitle("en", { step: 1, year: 2024, dueAtYearEnd: true })).toBe("Step 1: by the end of 2024");
    expect([stepName("zh", 10), stepName("zh", 11), stepName("en", 11)]).toEqual(["第十步", "第11步", "Step 11"]);
  });

  it("orders plans as readers meet them: the newest year's tasks, the plans in steps, then older tasks", () => {
    const plans = [
      { id: "tasks-2024", kind: "tasks" as const, year: 2024 },
      { id: "four-step", kind: "steps" as const, year: null },
      { id: "tasks-2026", kind: "tasks" as const, year: 2026 },
      { id: "tasks-2025", kind: "tasks" as const, year: 2025 },
    ];
    expect(readingOrder(plans).map((p) => p.id)).toEqual(["tasks-2026", "four-step", "tasks-2025", "tasks-2024"]);
  });
});
