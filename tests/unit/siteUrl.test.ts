import { afterEach, describe, expect, it, vi } from "vitest";
import { isPreview, siteUrl, siteUrlProblem } from "../../lib/links/siteUrl";

afterEach(() => vi.unstubAllEnvs());

describe("siteUrl", () => {
  it.each<[string | undefined, string, string]>([
    [undefined, "/", "http://localhost:3000/"],
    ["", "/sectors/economy", "http://localhost:3000/sectors/economy"],
    ["https://pingcheng.example.org", "/", "https://pingcheng.example.org/"],
    ["https://pingcheng.example.org///", "/#four-step-1", "https://pingcheng.example.org/#four-step-1"],
    ["https://example.org/dashboard/", "indicators/gdp", "https://example.org/dashboard/indicators/gdp"],
  ])("SITE_URL=%s, %s → %s", (origin, path, expected) => {
    vi.stubEnv("SITE_URL", origin);
    expect(siteUrl(path)).toBe(expected);
  });

  it("is a local preview exactly when SITE_URL is not set", () => {
    vi.stubEnv("SITE_URL", "");
    expect(isPreview()).toBe(true);
    vi.stubEnv("SITE_URL", "https://example.org");
    expect(isPreview()).toBe(false);
  });

  it("refuses to write an address a public build must not carry", () => {
    vi.stubEnv("SITE_URL", "http://localhost:3000");
    expect(() => siteUrl("/")).toThrow(/must start with https:\/\//);
  });
});

describe("siteUrlProblem", () => {
  it.each<[string, RegExp | null]>([
    ["https://pingcheng.example.org", null],
    ["https://example.org/dashboard/", null],
    ["http://pingcheng.example.org", /must start with https:\/\//],
    ["https://localhost:3000", /names this computer/],
    ["https://127.0.0.1", /names this computer/],
    ["https://[::1]:8080", /names this computer/],
    ["https://dev.localhost", /names this computer/],
    ["javascript:alert(1)", /must start with https:\/\//],
    ["pingcheng.example.org", /is not an address/],
    ["https://example.org/?x=1", /query or an anchor/],
  ])("%s → %s", (value, problem) => {
    const found = siteUrlProblem(value);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});
