// Which sources a set of figures cites: the embed, the indicator page and the chart download each
// list them under what they show. Pure: it reads the figures' own source titles.
import type { FigureView } from "../model/views";

/** The distinct sources the figures cite, in the order they are first cited. */
export function sourcesCited(figures: Pick<FigureView, "sourceId" | "sourceTitleZh" | "sourceTitleEn">[]): { id: string; titleZh: string; titleEn: string | null }[] {
  const byId = new Map<string, { titleZh: string; titleEn: string | null }>();
  for (const f of figures) if (!byId.has(f.sourceId)) byId.set(f.sourceId, { titleZh: f.sourceTitleZh, titleEn: f.sourceTitleEn });
  return [...byId].map(([id, title]) => ({ id, ...title }));
}
