// The one result and the one target that sum an indicator up, for link previews, the embed and the
// citation: the latest published result, and the first target still ahead of it (the last target
// when all are past). Pure.
interface FigureLike {
  kind: "actual" | "target";
  year: number;
  value: number | null;
}

export function headlineFigures<F extends FigureLike>(figures: F[], today: Date): { actual: F | null; target: F | null } {
  const byYear = (a: F, b: F) => a.year - b.year;
  const actuals = figures.filter((f) => f.kind === "actual").sort(byYear);
  // A number says more than words: the latest numeric result, else the latest qualitative one.
  const actual = actuals.filter((f) => f.value !== null).at(-1) ?? actuals.at(-1) ?? null;
  const targets = figures.filter((f) => f.kind === "target").sort(byYear);
  const thisYear = today.getUTCFullYear();
  const target = targets.find((f) => f.year >= thisYear) ?? targets.at(-1) ?? null;
  return { actual, target };
}
