import { occurrences } from "../../format/sourceNumbers";
import type { Damage, Lined, Source } from "../dataset";
import type { DataError } from "../errors";
import type { DamageRow } from "../schema";

/** Each damaged passage must occur verbatim in its source, as often as its `occurrence` says; found, it is located there. */
export function locateDamage(file: string, rows: Lined<DamageRow>[], sourceById: Map<string, Source>): { damage: Damage[]; errors: DataError[] } {
  const damage: Damage[] = [];
  const errors: DataError[] = [];
  for (const row of rows) {
    const fail = (field: string, message: string) => errors.push({ file, line: row.line, field, message });
    const source = sourceById.get(row.source);
    if (!source) {
      fail("source", `no source '${row.source}' in sources.csv`);
      continue;
    }
    const starts = occurrences(source.text, row.excerpt);
    if (starts.length === 0) fail("excerpt", "does not occur verbatim in the source (copy it character for character)");
    else if (row.occurrence !== null && row.occurrence > starts.length)
      fail("occurrence", `the excerpt occurs ${starts.length} time(s) in the source, not ${row.occurrence}`);
    const chosen = row.occurrence === null ? starts : starts.slice(row.occurrence - 1, row.occurrence);
    for (const start of chosen)
      damage.push({ source: row.source, start, end: start + row.excerpt.length, note_zh: row.note_zh, note_en: row.note_en });
  }
  return { damage: damage.sort((a, b) => a.source.localeCompare(b.source) || a.start - b.start), errors };
}
