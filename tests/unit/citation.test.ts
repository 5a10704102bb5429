import { describe, expect, it } from "vitest";
import { citations, type CitationInput } from "../../lib/citations/citation";

const TITLE = "锚定“四步走”战略目标 深耕“四大赛道” 奋力谱写中国式现代化大同篇章";
const input: CitationInput = {
  site: "平城区发展目标进展",
  title: "市场主体：2023年22845户；到2035年目标超过20万户",
  url: "https://example.org/indicators/market-entities",
  updated: new Date("2026-11-25T00:00:00Z"),
  accessed: new Date("2026-12-01T00:00:00Z"),
  source: { titleZh: TITLE, titleEn: null, publisher: null, published: null, url: null },
};

describe("citations", () => {
  it("cites the page in GB/T 7714-2015 with update and access dates", () => {
    expect(citations(input).gbt.page).toBe(
      "平城区发展目标进展. 市场主体：2023年22845户；到2035年目标超过20万户[EB/OL]. (2026-11-25)[2026-12-01]. https://example.org/indicators/market-entities.",
    );
  });

  it("cites the page in APA with the retrieval date", () => {
    expect(citations(input).apa.page).toBe(
      "平城区发展目标进展. (2026, November 25). 市场主体：2023年22845户；到2035年目标超过20万户 [Data set]. Retrieved December 1, 2026, from https://example.org/indicators/market-entities",
    );
  });

  it("says the source's publisher and date are unknown rather than inventing them", () => {
    const { gbt, apa } = citations(input);
    expect(gbt.source).toBe(`${TITLE}[EB/OL]. [出版者不详], [出版日期不详].`);
    expect(apa.source).toBe(`${TITLE}. (n.d.).`);
  });

  it("uses the source's publisher, date and address when the data give them", () => {
    const { gbt, apa } = citations({ ...input, source: { titleZh: "某文", titleEn: null, publisher: "平城区人民政府", published: "2024-03", url: "https://example.org/a" } });
    expect(gbt.source).toBe("某文[EB/OL]. 平城区人民政府, 2024-03. https://example.org/a.");
    expect(apa.source).toBe("平城区人民政府. (2024-03). 某文. https://example.org/a");
  });

  it("gives APA the title's English translation in square brackets, where the data have one", () => {
    const source = { ...input.source, titleEn: "Anchoring the four-step targets" };
    expect(citations({ ...input, source }).apa.source).toBe(`${TITLE} [Anchoring the four-step targets]. (n.d.).`);
    // GB/T 7714 cites the title as written.
    expect(citations({ ...input, source }).gbt.source).toBe(`${TITLE}[EB/OL]. [出版者不详], [出版日期不详].`);
  });

  it("keeps the source title verbatim, quotation marks and spaces included", () => {
    expect(citations(input).gbt.source.startsWith(TITLE)).toBe(true);
  });
});
