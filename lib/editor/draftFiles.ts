// Where the drafts of one document live, side by side: data/drafts/<id>.csv (a row per number),
// <id>-indicators.csv (new subjects) and <id>-plans.csv (the coming year's plan). data:draft writes
// them and data:accept takes them together, or none of them.
import path from "node:path";

export function draftFiles(figures: string): { figures: string; indicators: string; plans: string } {
  const stem = path.join(path.dirname(figures), path.basename(figures, ".csv"));
  return { figures, indicators: `${stem}-indicators.csv`, plans: `${stem}-plans.csv` };
}
