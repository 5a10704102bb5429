// The units figures may be published in. Money units carry their size in yuan so that a figure can be
// compared with the number written in its excerpt (132.8亿元 is 132.8 × 10^8 yuan).
export const UNITS = [
  "亿元", "万元", "%", "个", "家", "户", "人", "名", "人次", "场", "场次", "期", "项", "所", "套", "天", "处", "条", "位", "次",
] as const;

export type Unit = (typeof UNITS)[number];

const UNIT_SCALE: Partial<Record<Unit, number>> = { 亿元: 1e8, 万元: 1e4 };

/** How many base units (yuan for money, the thing itself otherwise) one of `unit` is. */
export function unitScale(unit: Unit | null): number {
  return (unit && UNIT_SCALE[unit]) ?? 1;
}
