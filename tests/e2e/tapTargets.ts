import type { Page } from "@playwright/test";

// The controls a reader taps, and the check that they are large enough: tap-targets.spec.ts (44 px,
// issue 6) and elder-mode.spec.ts (60 px in 长辈模式, issue 16) share it. What is checked and what
// is exempt is explained in tap-targets.spec.ts.

export const CONTROLS = [
  "body > header", "body > footer", "#search-input", "[data-testid=search-results]",
  "[data-present-link]", "article > header nav", "section[aria-labelledby=tools]", "figure details", "section[aria-labelledby=chart] button",
  "[data-testid=embed-link-back]", ".slide nav", "nav[aria-label=当前位置]", "nav[aria-label=Breadcrumb]",
  "[data-read-aloud] button",
];

/** Every control under CONTROLS smaller than `min`×`min` CSS px, by tag, name and size. */
export async function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate(({ selectors, min }) => {
    const roots = selectors.flatMap((s) => [...document.querySelectorAll<HTMLElement>(s)]);
    for (const root of roots) for (const d of [root, ...root.querySelectorAll("details")]) if (d instanceof HTMLDetailsElement) d.open = true;
    const targets = new Set<HTMLElement>();
    for (const root of roots) {
      if (root.matches("a[href], button, input, select, textarea, summary")) targets.add(root);
      root.querySelectorAll<HTMLElement>("a[href], button, input:not([type=hidden]), select, textarea, summary").forEach((el) => targets.add(el));
    }
    const isBlock = (el: Element) => !getComputedStyle(el).display.startsWith("inline");
    const inSentence = (el: HTMLElement) => {
      if (getComputedStyle(el).display !== "inline" || el.closest("nav")) return false;
      let block = el.parentElement!;
      while (!isBlock(block)) block = block.parentElement!;
      const clone = block.cloneNode(true) as HTMLElement;
      clone.querySelectorAll("a, button").forEach((a) => a.remove());
      return /[\p{L}\p{N}]/u.test(clone.textContent!.replace(/[\s·›|/—–:：、，。（）()[\]“”"'-]/gu, ""));
    };
    const out: string[] = [];
    for (const el of targets) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const { width, height } = el.getBoundingClientRect();
      if (width === 0 || height === 0) continue; // screen-reader-only
      if ((width < min || height < min) && !inSentence(el)) {
        const name = (el.getAttribute("aria-label") ?? el.textContent ?? (el as HTMLInputElement).value ?? "").trim().slice(0, 40);
        out.push(`${el.tagName.toLowerCase()} “${name}” ${Math.round(width)}×${Math.round(height)}`);
      }
    }
    return out;
  }, { selectors: CONTROLS, min });
}
