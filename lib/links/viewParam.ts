// What a reader has changed on an indicator page, kept in the address so that a copied link reopens
// the same view: `?view=table` (the chart's data table open), `?view=interactive` (the interactive
// chart loaded), `?view=embed` (the embed code shown), or several: `?view=table,interactive`. Read in
// the browser after load, so the page itself stays static. Pure.
export const VIEWS = ["table", "interactive", "embed"] as const;
export type View = (typeof VIEWS)[number];

export function readViews(search: string): Set<View> {
  const value = new URLSearchParams(search).get("view") ?? "";
  return new Set(value.split(",").filter((v): v is View => (VIEWS as readonly string[]).includes(v)));
}

/** `href` with `view` switched on or off; every other part of the address (the #anchor too) kept. */
export function withView(href: string, view: View, on: boolean): string {
  const url = new URL(href);
  const views = readViews(url.search);
  if (on) views.add(view);
  else views.delete(view);
  const value = VIEWS.filter((v) => views.has(v)).join(",");
  url.searchParams.delete("view");
  // Written by hand rather than with searchParams.set, which would spell the comma %2C.
  url.search = [url.search.slice(1), value && `view=${value}`].filter(Boolean).join("&");
  return url.toString();
}
