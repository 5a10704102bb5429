// Which passages of a source the site cites, and for which figures: the highlights of /sources/[id].
// Pure. Two figures resting on the same passage share one highlight.
import { excerptId } from "../source/sourceReader";
import type { CitedExcerpt, IndicatorSummary } from "../model/views";

export function citedExcerpts(indicators: IndicatorSummary[], sourceId: string): CitedExcerpt[] {
  const byId = new Map<string, CitedExcerpt>();
  for (const indicator of indicators)
    for (const f of indicator.figures.filter((f) => f.sourceId === sourceId)) {
      const id = excerptId(f.excerptStart, f.excerpt);
      const excerpt = byId.get(id) ?? { id, start: f.excerptStart, end: f.excerptStart + f.excerpt.length, figures: [] };
      excerpt.figures.push({ indicatorSlug: indicator.slug, indicatorZh: indicator.nameZh, indicatorEn: indicator.nameEn, anchor: f.anchor, year: f.year, kind: f.kind });
      byId.set(id, excerpt);
    }
  return [...byId.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}
