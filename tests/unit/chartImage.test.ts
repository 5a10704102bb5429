import { describe, expect, it } from "vitest";
import { chartSvgDocument } from "../../lib/charts/chartImage";
import { chartPoints } from "../../lib/charts/chartPoints";
import { chartScene } from "../../lib/charts/chartScene";

const scene = chartScene(
  chartPoints([
    { kind: "actual", year: 2023, value: 22845, comparator: "=" },
    { kind: "target", year: 2035, value: 200000, comparator: ">" },
  ]),
  "户",
);
const caption = { lang: "zh" as const, title: "市场主体", unit: "户", sourceTitles: ["《锚定“四步走” <战略> & 目标》"], url: "https://e.org/indicators/market-entities", edition: "数据更新于2026年11月25日" };

describe("chartSvgDocument", () => {
  const svg = chartSvgDocument(scene, caption);

  it("draws the title, unit, source, address and edition into the image", () => {
    for (const text of ["平城区 · 市场主体", "单位：户", "https://e.org/indicators/market-entities", "数据更新于2026年11月25日"]) expect(svg).toContain(text);
  });

  it("draws the same labels as the page's chart", () => {
    expect(svg).toContain(">22845户</text>");
    expect(svg).toContain(">超过20万户</text>");
  });

  it("escapes text so a title with < or & stays well-formed", () => {
    expect(svg).toContain("来源：《锚定“四步走” &#60;战略&#62; &#38; 目标》");
    expect(svg).not.toContain("<战略>");
  });
});
