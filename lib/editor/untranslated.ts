// What is left to translate: the rows an editor published in Chinese only, for `npm run data:check`
// to list as warnings (English never blocks publishing; the English pages mark what is missing). Pure.
import type { Dataset } from "../data/readDataset";

export interface Untranslated {
  file: string;
  line: number;
  field: string;
}

export function untranslated(dataset: Pick<Dataset, "sources" | "indicators" | "figures" | "plans" | "steps" | "updates">): Untranslated[] {
  const found: Untranslated[] = [];
  const check = <T extends { line: number }>(file: string, rows: T[], fields: { en: keyof T & string; zh: keyof T & string }[]) => {
    for (const row of rows)
      for (const { en, zh } of fields) if (row[en] === null && row[zh] !== null) found.push({ file: `data/${file}`, line: row.line, field: en });
  };
  check("sources.csv", dataset.sources.map((s, i) => ({ ...s, line: i + 2 })), [{ en: "title_en", zh: "title_zh" }]);
  check("plans.csv", dataset.plans, [{ en: "name_en", zh: "name_zh" }, { en: "summary_en", zh: "summary_zh" }]);
  check("steps.csv", dataset.steps, [{ en: "summary_en", zh: "summary_zh" }]);
  check("indicators.csv", dataset.indicators, [
    { en: "name_en", zh: "name_zh" }, { en: "group_en", zh: "group_zh" }, { en: "definition_en", zh: "definition_zh" },
  ]);
  check("figures.csv", dataset.figures, [{ en: "excerpt_en", zh: "excerpt" }, { en: "note_en", zh: "note_zh" }]);
  check("updates.csv", dataset.updates, [{ en: "summary_en", zh: "summary_zh" }]);
  return found;
}
