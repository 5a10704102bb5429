import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { indicatorRedirects, readRedirects } from "../../lib/data/redirects";
import { InvalidDataError } from "../../lib/data/errors";

describe("indicatorRedirects", () => {
  it("moves the page in both languages with its downloads, its embeds and its API record", () => {
    expect(indicatorRedirects([{ from: "old-gdp", to: "gdp" }])).toEqual([
      { from: "/indicators/old-gdp", to: "/indicators/gdp", subpaths: true },
      { from: "/en/indicators/old-gdp", to: "/en/indicators/gdp", subpaths: true },
      { from: "/embed/indicators/old-gdp", to: "/embed/indicators/gdp", subpaths: true },
      { from: "/en/embed/indicators/old-gdp", to: "/en/embed/indicators/gdp", subpaths: true },
      { from: "/api/v1/indicators/old-gdp", to: "/api/v1/indicators/gdp", subpaths: true },
    ]);
  });

  it("no rows, no redirects", () => {
    expect(indicatorRedirects([])).toEqual([]);
  });
});

describe("readRedirects", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const withFile = (content: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redirects-"));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, "redirects.csv"), content);
    return dir;
  };

  it("reads the real data/redirects.csv", () => {
    expect(() => readRedirects(path.join(process.cwd(), "data"))).not.toThrow();
  });

  it("turns each row into redirects", () => {
    expect(readRedirects(withFile("from,to\nold-gdp,gdp\n"))).toHaveLength(5);
  });

  it("refuses a malformed row with its line and field, so the build fails loudly", () => {
    expect(() => readRedirects(withFile("from,to\nold-gdp,gdp\n/indicators/x,gdp\n"))).toThrow(InvalidDataError);
    expect(() => readRedirects(withFile("from,to\nold-gdp,gdp\n/indicators/x,gdp\n"))).toThrow(/redirects\.csv:3 from/);
  });
});
