import { describe, expect, it } from "vitest";
import { readViews, withView } from "../../lib/links/viewParam";

describe("readViews", () => {
  it.each([
    ["", []],
    ["?view=table", ["table"]],
    ["?view=interactive,table", ["interactive", "table"]],
    ["?view=table,bogus,<script>", ["table"]],
    ["?view=embed", ["embed"]],
    ["?other=1", []],
  ])("%s", (search, views) => {
    expect([...readViews(search)].sort()).toEqual(views);
  });
});

describe("withView", () => {
  const page = "http://localhost:3000/indicators/gdp";
  it.each([
    ["switches a view on", page, "table", true, `${page}?view=table`],
    ["keeps the anchor", `${page}#target-2030`, "table", true, `${page}?view=table#target-2030`],
    ["adds a second view in a fixed order", `${page}?view=interactive`, "table", true, `${page}?view=table,interactive`],
    ["switches a view off and drops an empty parameter", `${page}?view=table#chart`, "table", false, `${page}#chart`],
    ["keeps other parameters", `${page}?utm=x&view=table`, "interactive", true, `${page}?utm=x&view=table,interactive`],
    ["writes every view in one fixed order", `${page}?view=embed`, "table", true, `${page}?view=table,embed`],
  ] as const)("%s", (_name, href, view, on, expected) => {
    expect(withView(href, view, on)).toBe(expected);
  });
});
