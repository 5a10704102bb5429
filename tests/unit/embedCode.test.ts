// The embed code newsrooms paste (issue 20): the indicator's name goes into an attribute, so it must
// be escaped, whatever the name holds. 13 English names hold quotation marks (New "four-above"
// enterprises); a name with `" onload="…` must not become an attribute of the embedding page.
import { describe, expect, it } from "vitest";
import { embedCode } from "../../lib/links/embedCode";

const src = "https://example.org/en/embed/indicators/x";

describe("embedCode", () => {
  it.each([
    ['New "four-above" enterprises', 'title="New &quot;four-above&quot; enterprises (Pingcheng progress dashboard)"'],
    ['x" onload="alert(1)', 'title="x&quot; onload=&quot;alert(1) (Pingcheng progress dashboard)"'],
    ["R&D <spending>", 'title="R&amp;D &lt;spending&gt; (Pingcheng progress dashboard)"'],
  ])("escapes %s in the title attribute", (name, attribute) => {
    const code = embedCode("en", src, name);
    expect(code).toContain(attribute);
    expect(code.match(/"/g)?.length).toBe(12); // six attributes, each value quoted once, nothing more
    expect(code).not.toContain("onload=\"");
  });

  it("writes the Chinese title with the site's name in full-width brackets", () => {
    expect(embedCode("zh", src, "新增“四上企业”")).toBe(
      `<iframe src="${src}" title="新增“四上企业”（平城区发展目标进展）" width="100%" height="460" style="border:0;max-width:640px" loading="lazy"></iframe>`,
    );
  });
});
