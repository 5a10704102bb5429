import { describe, expect, it } from "vitest";
import { deadline, planLabel, stepTitle, type Deadline } from "../../lib/progress/steps";

describe("one deadline vocabulary in both languages", () => {
  it.each<[Deadline, string, string]>([
    [{ plan: "four-step", step: 1, year: 2024 }, "到2024年底", "by the end of 2024"],
    [{ plan: "four-step", step: 2, year: 2027 }, "到2027年", "by 2027"],
    [{ plan: "four-step", step: 4, year: 2035 }, "到2035年", "by 2035"],
    [{ plan: "tasks-2024", step: null, year: 2024 }, "到2024年底", "by the end of 2024"],
    [{ plan: null, step: null, year: 2025 }, "到2025年底", "by the end of 2025"],
  ])("%o", (d, zh, en) => {
    expect(deadline("zh", d)).toBe(zh);
    expect(deadline("en", d)).toBe(en);
  });

  it("labels plans and steps", () => {
    expect(planLabel("zh", { plan: "four-step", step: 1, year: 2024 })).toBe("“四步走”第一步（到2024年底）");
    expect(planLabel("en", { plan: "four-step", step: 3, year: 2030 })).toBe("Four-step plan, step 3 (by 2030)");
    expect(planLabel("zh", { plan: "tasks-2024", step: null, year: 2024 })).toBe("2024年重点工作（到2024年底）");
    expect(planLabel("en", { plan: null, step: null, year: 2023 })).toBe("2023");
    expect(stepTitle("zh", 2, 2027)).toBe("第二步：到2027年");
    expect(stepTitle("en", 1, 2024)).toBe("Step 1: by the end of 2024");
  });
});
