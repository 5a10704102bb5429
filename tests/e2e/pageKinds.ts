import { expect, type Page } from "@playwright/test";

/** One page of each kind the site has, for the checks every kind must pass (axe, 320 px, tap targets). */
const PAGE_KINDS = [
  "/", "/sectors/livelihoods", "/indicators/market-entities", "/methodology", "/search?q=gdp", "/unknowns",
  "/sources/pingcheng-2024", "/updates", "/api", "/present/four-step-1", "/present/speaker", "/embed/indicators/market-entities",
];

/** Each kind in Chinese and in English: its address, and how to wait until it has what a reader sees. */
export const EVERY_KIND_IN_BOTH_LANGUAGES = (["zh", "en"] as const).flatMap((lang) =>
  PAGE_KINDS.map((path) => ({
    url: lang === "en" ? `/en${path === "/" ? "" : path}` : path,
    /**
     * Some kinds finish in the browser: the search page fills its results, a slide shows its
     * full-screen button once its keys work, the speaker view's clock ticks once it is live.
     */
    ready: async (page: Page) => {
      if (path.startsWith("/search")) await expect(page.getByTestId("search-results")).toBeVisible();
      else if (path === "/present/speaker") await expect(page.locator("time[datetime]")).toBeVisible();
      else if (path.startsWith("/present")) await expect(page.getByRole("button", { name: /全屏|Full screen/ })).toBeVisible();
    },
  })),
);
