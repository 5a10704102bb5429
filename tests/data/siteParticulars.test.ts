import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatDataError } from "../../lib/data/errors";
import { loadDatabase } from "../../lib/data/loadDatabase";
import { readDataset } from "../../lib/data/readDataset";
import { readSiteParticulars, SITE_FIELDS } from "../../lib/site/siteParticulars";
import { copyData, realDataDir, removeScratch, repoRoot, scratchDir } from "./helpers";

const fixture = path.join(repoRoot, "tests", "fixtures", "site");
afterAll(removeScratch);

/** A site.csv in a scratch folder with the fixture's public/ beside it. */
function readWith(csv: string) {
  const dir = scratchDir("site");
  fs.writeFileSync(path.join(dir, "site.csv"), csv);
  return readSiteParticulars(path.join(dir, "site.csv"), path.join(fixture, "public"));
}
const errorsOf = (csv: string) => {
  const result = readWith(csv);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.errors.map(formatDataError);
};

describe("data/site.csv, the site particulars", () => {
  it("the committed file is valid and sets nothing: this site is not run by a government office", () => {
    expect(readSiteParticulars(path.join(repoRoot, "data", "site.csv"), path.join(repoRoot, "public"))).toEqual({ ok: true, particulars: {} });
    const read = readDataset(realDataDir);
    expect(read.ok && read.dataset.site).toEqual({});
    // Every field is listed (empty), so an operator sees what there is to fill in.
    const fields = fs.readFileSync(path.join(repoRoot, "data", "site.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(",")[0]);
    expect(fields).toEqual(SITE_FIELDS);
  });

  it("reads every particular of the sample configuration", () => {
    const result = readSiteParticulars(path.join(fixture, "site.csv"), path.join(fixture, "public"));
    expect(result).toEqual({
      ok: true,
      particulars: {
        sponsor: "示例区人民政府办公室",
        contact: "电话 0352-0000000",
        site_code: "1402990001",
        icp: "晋ICP备2099000001号-1",
        police: "晋公网安备14029902000001号",
        organ_mark_image: "/organ-mark.svg",
        organ_mark_url: "https://bszs.conac.cn/sitename?method=show&id=EXAMPLE",
        error_report_url: "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=1402990001",
      },
    });
  });

  it("an empty value is unset, and a missing row too", () => {
    expect(readWith("field,value\nsponsor,平城区人民政府办公室\nicp,\n")).toEqual({ ok: true, particulars: { sponsor: "平城区人民政府办公室" } });
  });

  it("names the file, line and field of each bad value, and keeps none of the file", () => {
    const csv = ["field,value", "site_code,14020", "icp,晋ICP备12号", "police,14020202000123", "error_report_url,http://example.org/", "organ_mark_url,not a url", "organ_mark_image,/x.png"];
    expect(errorsOf(csv.join("\n"))).toEqual([
      "data/site.csv:2 site_code: must be the ten letters or digits of the 网站标识码 (e.g. 1402020001)",
      "data/site.csv:3 icp: must be an ICP filing number such as 晋ICP备2024000001号-1",
      "data/site.csv:4 police: must be a public-security filing number such as 晋公网安备14020202000123号",
      "data/site.csv:5 error_report_url: must be a full https:// address",
      "data/site.csv:6 organ_mark_url: must be a full https:// address",
      "data/site.csv:7 organ_mark_image: public/x.png does not exist: save the image the issuer gave there",
    ]);
  });

  it("refuses an unknown field, a field set twice, a wrong header and a mark without its link", () => {
    expect(errorsOf("field,value\nsponsor_en,Pingcheng\nsponsor,甲\nsponsor,乙\n")).toEqual([
      `data/site.csv:2 field: must be one of ${SITE_FIELDS.join(", ")}`,
      "data/site.csv:4 sponsor: set twice (first on line 3)",
    ]);
    expect(errorsOf("name,value\nsponsor,甲\n")).toEqual(["data/site.csv:1 field: column is missing from the header", "data/site.csv:1 name: unknown column"]);
    expect(errorsOf("field,value\norgan_mark_image,/organ-mark.svg\n")).toEqual(["data/site.csv:2 organ_mark_url: must be set when organ_mark_image is"]);
    expect(errorsOf("field,value\norgan_mark_url,https://bszs.conac.cn/x\n")).toEqual(["data/site.csv:2 organ_mark_image: must be set when organ_mark_url is"]);
  });

  it("is read with the rest of the data folder it is in (DATA_DIR), so a bad file stops the load with every problem listed", () => {
    const dir = copyData();
    fs.writeFileSync(path.join(dir, "site.csv"), "field,value\nsite_code,x\nsponsor,平城区人民政府办公室\n");
    const bad = readDataset(dir);
    expect(bad.ok ? [] : bad.errors.map(formatDataError)).toEqual(["data/site.csv:2 site_code: must be the ten letters or digits of the 网站标识码 (e.g. 1402020001)"]);
    fs.writeFileSync(path.join(dir, "site.csv"), "field,value\nsponsor,平城区人民政府办公室\n");
    const good = readDataset(dir);
    expect(good.ok && good.dataset.site).toEqual({ sponsor: "平城区人民政府办公室" });
    fs.rmSync(path.join(dir, "site.csv"));
    const missing = readDataset(dir);
    expect(missing.ok ? [] : missing.errors.map(formatDataError)).toEqual(["data/site.csv:0 -: file is missing"]);
  });

  it("reaches the footer through the store: getSiteFooter gives what the loaded folder's site.csv sets, not the working directory's", async () => {
    const dir = copyData();
    fs.writeFileSync(path.join(dir, "site.csv"), "field,value\nsponsor,示例区人民政府办公室\nsite_code,1402990001\n");
    const read = readDataset(dir);
    if (!read.ok) throw new Error(read.errors.map(formatDataError).join("\n"));
    const file = path.join(scratchDir("site-db"), "dashboard.db");
    await loadDatabase(read.dataset, file, new Date("2026-12-02T00:00:00Z"));
    process.env.DATABASE_FILE = file;
    const { getSiteFooter } = await import("../../lib/queries/queries");
    // The committed data/site.csv sets nothing, so anything shown came from the loaded copy.
    expect((await getSiteFooter()).particulars).toEqual({ sponsor: "示例区人民政府办公室", site_code: "1402990001" });
  }, 60_000);
});
