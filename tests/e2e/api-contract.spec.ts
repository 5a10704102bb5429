import path from "node:path";
import { expect, test } from "@playwright/test";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { apiDocumentOf } from "../../lib/openApi/records";
import { siteFiles } from "../../scripts/lib/staticSite";
import { e2eDataset, E2E_SITE_DIR } from "./site";

// The API's contract, as a site reading it would check it: /api/v1/schema.json is served, and every
// file under /api/v1 of the build, as the server sends it, is valid against the document of its
// address in that schema, which allows no field it does not name and requires every one it does.
const apiFiles = siteFiles(path.resolve(E2E_SITE_DIR)).filter((f) => f.startsWith("/api/v1/") && f !== "/api/v1/schema.json");

async function validator(request: import("@playwright/test").APIRequestContext) {
  const response = await request.get("/api/v1/schema.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
  const schema = (await response.json()) as { $id: string };
  // The Chinese explanations are annotations for /api, not rules.
  const ajv = new Ajv2020({ allErrors: true }).addVocabulary(["x-description-zh"]);
  addFormats.default(ajv);
  ajv.addSchema(schema);
  return (document: string, value: unknown) => {
    const validate = ajv.getSchema(`${schema.$id}#/$defs/${document}`)!;
    return validate(value) ? null : ajv.errorsText(validate.errors);
  };
}

test("every API file of the build is valid against /api/v1/schema.json", async ({ request }) => {
  const { indicators } = e2eDataset();
  // The sectors, the indicators' list, the figures, and one document per indicator: none left out.
  expect(apiFiles).toHaveLength(3 + indicators.length);
  const valid = await validator(request);
  for (const file of apiFiles) {
    const document = apiDocumentOf(file);
    expect(document, `${file} is a document the contract names`).not.toBeNull();
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    expect(valid(document!, await response.json()), file).toBeNull();
  }
});

test("a renamed, missing or extra field breaks the contract", async ({ request }) => {
  const valid = await validator(request);
  const figures = (await (await request.get("/api/v1/figures")).json()) as { figures: Record<string, unknown>[] };
  expect(valid("FiguresDocument", figures)).toBeNull();
  const [first, ...rest] = figures.figures;
  const { value_max, ...withoutValueMax } = first;
  expect(valid("FiguresDocument", { ...figures, figures: [{ ...withoutValueMax, valueMax: value_max }, ...rest] })).toMatch(/value_max|valueMax/);
  expect(valid("FiguresDocument", { ...figures, figures: [withoutValueMax, ...rest] })).toMatch(/value_max/);
  expect(valid("FiguresDocument", { ...figures, figures: [{ ...first, kind: "forecast" }, ...rest] })).toMatch(/kind/);
});

test("/api lists the fields of a figure from the schema, in both languages", async ({ page, request }) => {
  const schema = (await (await request.get("/api/v1/schema.json")).json()) as {
    $defs: Record<string, { properties: Record<string, { description: string; "x-description-zh": string }> }>;
  };
  const figure = Object.entries(schema.$defs.Figure.properties);
  for (const [address, key] of [["/api", "x-description-zh"], ["/en/api", "description"]] as const) {
    await page.goto(address);
    const fields = page.locator("#fields ~ dl > div, section[aria-labelledby=fields] dl > div");
    for (const [name, property] of figure) {
      const field = fields.filter({ has: page.locator("dt", { hasText: new RegExp(`^${name}$`) }) });
      await expect(field.locator("dd"), `${address}: ${name}`).toHaveText(property[key]);
    }
  }
});
