// Writes a SYNTHETIC data set, N times the real one, for the benchmark: N made-up districts, each a
// copy of the real sectors and indicators with made-up values and a made-up source text.
// Every name and excerpt says 合成数据 (synthetic). It is written to a folder outside data/ and is
// never loaded into the site's database.
// Usage: tsx scripts/synthetic-data.ts OUT_DIR [N=100]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import { readDataset } from "../lib/data/readDataset";
import { numbersInEnglish } from "../lib/format/englishNumbers";

const [outDir, times = "100"] = process.argv.slice(2);
if (!outDir) throw new Error("usage: tsx scripts/synthetic-data.ts OUT_DIR [N]");
generate(outDir, Number(times));

export function generate(out: string, n: number): void {
  const real = readDataset(path.join(process.cwd(), "data"));
  if (!real.ok) throw new Error("data/ is invalid; run npm run data:check");
  const { sectors, indicators, figures } = real.dataset;
  mkdirSync(path.join(out, "sources"), { recursive: true });

  // A deterministic generator, so two runs produce the same data set.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  // District codes use letters only: digits in a source must all be figures.
  const code = (i: number) => String.fromCharCode(65 + Math.floor(i / 676), 65 + (Math.floor(i / 26) % 26), 65 + (i % 26));
  const unitOf = new Map(indicators.map((i) => [i.slug, i.unit]));
  const nameEn = (slug: string) => indicators.find((i) => i.slug === slug)!.name_en;

  type Row = (string | number | null)[];
  const sourceRows: Row[] = [["id", "file", "title_zh", "publisher_zh", "published", "url", "sha256"]];
  const sectorRows: Row[] = [["slug", "order", "name_zh", "name_en", "heading_zh", "summary_zh", "summary_en"]];
  const indicatorRows: Row[] = [["slug", "sector", "group_zh", "order", "name_zh", "name_en", "unit", "direction", "definition_zh", "headline", "definition_en"]];
  const figureRows: Row[] = [["indicator", "kind", "year", "comparator", "value", "value_max", "plan", "step", "source", "excerpt", "baseline_comparable", "note_zh", "excerpt_en", "note_en"]];

  for (let d = 0; d < n; d++) {
    const district = `合成区${code(d)}`;
    const source = `synthetic-${code(d).toLowerCase()}`;
    const lines = [`【合成数据，非真实】${district}`];
    for (const s of sectors) {
      sectorRows.push([`${s.slug}-${code(d).toLowerCase()}`, s.order + d * 10, `${s.name_zh}（${district}）`, `${s.name_en} (synthetic ${code(d)})`, s.heading_zh, `合成数据：${s.summary_zh}`, `Synthetic: ${s.summary_en}`]);
      lines.push(s.heading_zh);
    }
    for (const i of indicators) {
      indicatorRows.push([`${i.slug}-${code(d).toLowerCase()}`, `${i.sector}-${code(d).toLowerCase()}`, i.group_zh, i.order, i.name_zh, i.name_en, i.unit, i.direction, `合成数据：${i.definition_zh}`, i.headline ? "yes" : "", `Synthetic: ${i.definition_en}`]);
      lines.push(i.group_zh);
    }
    for (const [k, f] of figures.entries()) {
      const unit = unitOf.get(f.indicator) ?? "";
      const scale = 0.5 + random();
      const decimals = (n: number) => (String(n).split(".")[1] ?? "").length;
      const perturb = (v: number | null) => (v === null ? null : Number((v * scale).toFixed(decimals(v))) || v);
      const value = perturb(f.value);
      const valueMax = f.value_max === null ? null : Math.max(perturb(f.value_max)!, (value ?? 0) + 1);
      const written = value === null ? `（定性${code(k)}）` : `${value}${valueMax !== null ? `-${valueMax}` : ""}${unit}`;
      const excerpt = `${district}${indicators.find((i) => i.slug === f.indicator)!.name_zh}${f.kind === "actual" ? `${f.year}年为` : `到${f.year}年目标`}${written}`;
      lines.push(`${excerpt}。`);
      // The English keeps the excerpt's numbers as data:check requires (data/README.md).
      const excerptEn = `${nameEn(f.indicator)} (synthetic ${code(d)}): ${numbersInEnglish(excerpt).join(", ")}`;
      figureRows.push([`${f.indicator}-${code(d).toLowerCase()}`, f.kind, f.year, f.comparator, value, valueMax, f.plan, f.step, source, excerpt, f.baseline_comparable ? "" : "no", "合成数据，非真实", excerptEn, "Synthetic data, not real."]);
    }
    writeFileSync(path.join(out, "sources", `${source}.txt`), lines.join("\n") + "\n");
    sourceRows.push([source, `sources/${source}.txt`, `【合成数据，非真实】${district}发展报告`, "", "", "", ""]);
  }
  writeFileSync(path.join(out, "sources.csv"), stringify(sourceRows));
  writeFileSync(path.join(out, "sectors.csv"), stringify(sectorRows));
  writeFileSync(path.join(out, "indicators.csv"), stringify(indicatorRows));
  writeFileSync(path.join(out, "figures.csv"), stringify(figureRows));
  writeFileSync(path.join(out, "not-figures.csv"), "source,excerpt,reason_zh\n");
  writeFileSync(path.join(out, "steps.csv"), "step,year,source,summary_zh,summary_en,excerpts\n");
  writeFileSync(path.join(out, "damage.csv"), "source,excerpt,occurrence,note_zh,note_en\n");
  writeFileSync(path.join(out, "site.csv"), readFileSync(path.join(process.cwd(), "data", "site.csv"), "utf8"));
  writeFileSync(path.join(out, "redirects.csv"), readFileSync(path.join(process.cwd(), "data", "redirects.csv"), "utf8").split("\n")[0] + "\n");
  writeFileSync(path.join(out, "updates.csv"), readFileSync(path.join(process.cwd(), "data", "updates.csv"), "utf8"));
  console.log(`Wrote a synthetic data set ${n}× the real one to ${out}: ${(sectorRows.length - 1)} sectors, ${indicatorRows.length - 1} indicators, ${figureRows.length - 1} figures.`);
}
