"use client";

import { useEffect } from "react";
import { readViews, withView, type View } from "@/lib/links/viewParam";

/**
 * Keeps the open state of the page's disclosure panels in the address (?view=table for the chart's
 * data table, ?view=embed for the embed code) and restores it from there, so a copied link reopens
 * the same view. Reads the address only after load: the page stays static.
 */
export function ViewSync({ panels }: { panels: { view: View; id: string }[] }) {
  useEffect(() => {
    const cleanups = panels.map(({ view, id }) => {
      const panel = document.getElementById(id);
      if (!(panel instanceof HTMLDetailsElement)) return () => {};
      if (readViews(location.search).has(view)) panel.open = true;
      const onToggle = () => history.replaceState(history.state, "", withView(location.href, view, panel.open));
      panel.addEventListener("toggle", onToggle);
      return () => panel.removeEventListener("toggle", onToggle);
    });
    return () => cleanups.forEach((cleanup) => cleanup());
  }, [panels]);
  return null;
}
