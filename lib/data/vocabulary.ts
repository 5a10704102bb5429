// The closed sets of words data/ may use, as constants the zod schemas check against and the union
// types the rest of lib/ derives from them: one list, so a new comparator or plan is added once.
// No zod here: progress rules and the browser's modules import these types without the validator.
export const COMPARATORS = ["=", "≥", ">", "≈", "≤", "<", "range"] as const;
export const DIRECTIONS = ["increase", "decrease", "none"] as const;
export const PLANS = ["four-step", "tasks-2024"] as const;
export const KINDS = ["actual", "target"] as const;

export type Comparator = (typeof COMPARATORS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Plan = (typeof PLANS)[number];
export type FigureKind = (typeof KINDS)[number];
