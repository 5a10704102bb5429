// The deadline vocabulary of lib/progress/steps.ts against the source: a step whose deadline the site
// writes 到…年底 must be worded so in the source, and the others without 底.
import { describe, expect, it } from "vitest";
import { dueAtYearEnd, stepName } from "../../lib/progress/steps";
import fs from "node:fs";
import path from "node:path";
import { dataDir, rawRows } from "./helpers";

const sourceFiles = new Map(rawRows("sources.csv").map((s) => [s.id, s.file]));

const steps = new Map<number, { year: number; source: string }>();
for (const f of rawRows("figures.csv"))
  if (f.plan === "four-step") {
    const step = Number(f.step);
    const year = Math.max(Number(f.year), steps.get(step)?.year ?? 0);
    steps.set(step, { year, source: f.source });
  }

describe("every step's deadline is worded as the source words it", () => {
  it("has steps to check", () => expect(steps.size).toBeGreaterThan(0));

  for (const [step, { year, source }] of steps)
    it(`${stepName("zh", step)} ${year}`, () => {
      const text = fs.readFileSync(path.join(dataDir, sourceFiles.get(source)!), "utf8");
      const heading = new RegExp(`${stepName("zh", step)}\\s*到${year}年(底)?`).exec(text);
      expect(heading, `the source has no “${stepName("zh", step)} 到${year}年”`).not.toBeNull();
      expect(Boolean(heading![1])).toBe(dueAtYearEnd({ plan: "four-step", step, year }));
    });
});
