// Fonts for the images drawn with next/og (link previews, chart PNGs). next/og draws text only with
// the fonts it is handed (and for anything else tries to download one, which these machines cannot),
// so the fonts come from an npm package: @fontsource/noto-sans-sc, cut by unicode-range into ~100
// small .woff files (next/og's renderer reads woff/ttf/otf, not woff2). An image loads only the
// slices its own text needs.
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import ranges from "@fontsource/noto-sans-sc/unicode.json";
import { subsetsFor } from "./fontSubsets";

const IMAGE_FONT = "Noto Sans SC";
const WEIGHTS = [400, 700] as const;

// turbopackIgnore: the files are read at build time only, when the images are prerendered.
const DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@fontsource", "noto-sans-sc", "files");

const cache = new Map<string, Promise<Buffer>>();
function slice(subset: string, weight: number): Promise<Buffer> {
  const file = path.join(DIR, `noto-sans-sc-${subset.replace(/[[\]]/g, "")}-${weight}-normal.woff`);
  if (!cache.has(file)) cache.set(file, readFile(file));
  return cache.get(file)!;
}

/** The font slices that draw `text` (every string the image shows), in both weights. */
export async function imageFonts(text: string) {
  const { subsets, uncovered } = subsetsFor(text, ranges);
  if (uncovered.length) throw new Error(`No font slice of ${IMAGE_FONT} covers: ${uncovered.join(" ")}`);
  return Promise.all(
    subsets.flatMap((subset) =>
      // One name per slice: the renderer keeps one font per name and weight, then looks through all
      // of them for a glyph it lacks.
      WEIGHTS.map(async (weight) => ({ name: `${IMAGE_FONT} ${subset}`, data: await slice(subset, weight), weight, style: "normal" as const })),
    ),
  );
}
