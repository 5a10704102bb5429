// The footer shows exactly the configured particulars, from the sample configuration in
// tests/fixtures/site/: the real SiteFooter, fed by the real loader, rendered by React's own server
// renderer. Not a second production build with that file, which would add about 2.5 minutes to CI
// for the same markup. The built site's footer (from the committed data/site.csv) is checked in a
// browser by tests/e2e/site-footer.spec.ts.
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SiteFooter } from "../../components/SiteFooter";
import { readSiteParticulars, SITE_FIELDS, type SiteParticulars } from "../../lib/site/siteParticulars";

const fixture = path.join(import.meta.dirname, "..", "fixtures", "site");
const sample = readSiteParticulars(path.join(fixture, "site.csv"), path.join(fixture, "public"));
if (!sample.ok) throw new Error(`the sample configuration is invalid: ${JSON.stringify(sample.errors)}`);
const particulars = sample.particulars;
const ALL = ["sponsor", "contact", "site_code", "icp", "police", "organ_mark", "error_report"];

const footer = (lang: "zh" | "en", p: SiteParticulars) =>
  renderToStaticMarkup(
    createElement(SiteFooter, {
      lang,
      edition: { version: "abc123", statusDate: new Date("2026-01-02T00:00:00Z"), updatedOn: new Date("2026-01-01T00:00:00Z"), latestResultYear: 2023 },
      sources: [{ id: "pingcheng-2024" }],
      particulars: p,
    }),
  );
/** The particulars the HTML shows, in order, by their data-particular name. */
const shown = (html: string) => [...html.matchAll(/data-particular="([a-z_]+)"/g)].map((m) => m[1]);
/** The markup of one particular's <li>. */
const item = (html: string, name: string) => /<li data-particular="([a-z_]+)">(.*?)<\/li>/g.exec(html.slice(html.indexOf(`data-particular="${name}"`) - 4))![2];
const escaped = (s: string) => s.replaceAll("&", "&amp;");

describe.each(["zh", "en"] as const)("the footer in %s", (lang) => {
  it("shows every configured particular, in order, the filing numbers linked to their services", () => {
    const html = footer(lang, particulars);
    expect(shown(html)).toEqual(ALL);
    expect(item(html, "sponsor")).toContain("示例区人民政府办公室");
    expect(item(html, "contact")).toContain("电话 0352-0000000");
    expect(item(html, "site_code")).toContain("1402990001");
    expect(item(html, "icp")).toMatch(/^<a href="https:\/\/beian\.miit\.gov\.cn\/"[^>]*>晋ICP备2099000001号-1<\/a>$/);
    expect(item(html, "police")).toMatch(/^<a href="https:\/\/beian\.mps\.gov\.cn\/#\/query\/webSearch\?code=14029902000001"[^>]*>晋公网安备14029902000001号<\/a>$/);
    expect(item(html, "organ_mark")).toContain(`<a href="${escaped(particulars.organ_mark_url!)}"`);
    expect(item(html, "organ_mark")).toMatch(/<img src="\/organ-mark\.svg" alt="[^"]*党政机关网站标识[^"]*"/);
    expect(item(html, "error_report")).toMatch(new RegExp(`^<a href="${escaped(particulars.error_report_url!).replace(/[?.]/g, "\\$&")}"[^>]*>[^<]*我为政府网站找错[^<]*</a>$`));
  });

  it("shows each particular only when it is set, and none when nothing is", () => {
    for (const field of SITE_FIELDS) {
      const rest = Object.fromEntries(Object.entries(particulars).filter(([name]) => name !== field));
      // The mark is its image and its link together (the loader refuses one without the other).
      const gone = field.startsWith("organ_mark") ? "organ_mark" : field.replace(/_url$/, "");
      expect(shown(footer(lang, rest)), `without ${field}`).toEqual(ALL.filter((name) => name !== gone));
    }
    const bare = footer(lang, {});
    expect(bare).not.toContain("site-particulars");
    expect(bare).not.toMatch(/主办单位|ICP备|公网安备|网站标识码|找错|Run by/);
  });
});
