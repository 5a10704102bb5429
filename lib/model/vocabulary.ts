// The closed sets of words data/ may use, as constants the zod schemas check against and the union
// types the rest of lib/ derives from them: one list, so a new comparator is added once. Plans are
// not words of the code but rows of data/plans.csv: a new year's tasks need no change here.
// No zod here: progress rules and the browser's modules import these types without the validator.
export const COMPARATORS = ["=", "≥", ">", "≈", "≤", "<", "range"] as const;
export const DIRECTIONS = ["increase", "decrease", "none"] as const;
/** A plan's kind: a plan in numbered steps with deadlines (四步走), or one year's key tasks (2024年重点工作). */
export const PLAN_KINDS = ["steps", "tasks"] as const;
export const KINDS = ["actual", "target"] as const;

export type Comparator = (typeof COMPARATORS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type PlanKind = (typeof PLAN_KINDS)[number];
export type FigureKind = (typeof KINDS)[number];
