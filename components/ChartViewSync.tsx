"use client";

import { useEffect } from "react";
import { readViews, withView } from "@/lib/viewParam";

/**
 * Keeps the data table's open state in the address (?view=table) and restores it from there, so a
 * copied link reopens the same view. Reads the address only after load: the page stays static.
 */
export function ChartViewSync({ tableId }: { tableId: string }) {
  useEffect(() => {
    const table = document.getElementById(tableId);
    if (!(table instanceof HTMLDetailsElement)) return;
    if (readViews(location.search).has("table")) table.open = true;
    const onToggle = () => history.replaceState(history.state, "", withView(location.href, "table", table.open));
    table.addEventListener("toggle", onToggle);
    return () => table.removeEventListener("toggle", onToggle);
  }, [tableId]);
  return null;
}
