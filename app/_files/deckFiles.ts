// The GET handlers of the PowerPoint files, for both languages: the whole deck beside /present and one
// indicator as a slide beside its page. Written once at build time (static output), so pptxgenjs runs
// in the build and never reaches a browser. (A private folder: `_files` makes no route.)
import { deckFilePath, indicatorSlidePath } from "@/lib/deck/deck";
import { deckPresentation, indicatorPresentation, presentationBytes, type DeckFileContext } from "@/lib/deck/deckFile";
import { CONTENT_TYPES } from "@/lib/http/contentTypes";
import { downloadName } from "@/lib/http/securityHeaders";
import type { Lang } from "@/lib/i18n/language";
import { indicatorFile } from "@/lib/queries/indicatorRoute";
import { getEdition, getDeck, listIndicators, listSources } from "@/lib/queries/queries";
import { isPreview, siteUrl } from "@/lib/links/siteUrl";

async function context(lang: Lang): Promise<DeckFileContext> {
  const [edition, indicators, sources] = await Promise.all([getEdition(), listIndicators(), listSources()]);
  return { lang, edition, indicators, sources, siteUrl, preview: isPreview() };
}

function pptxResponse(bytes: Uint8Array, path: string): Response {
  const headers: Record<string, string> = { "Content-Type": CONTENT_TYPES.pptx };
  const name = downloadName(path);
  if (name) headers["Content-Disposition"] = `attachment; filename="${name}"`;
  return new Response(bytes as BodyInit, { headers });
}

export const deckFile = (lang: Lang) =>
  async function GET(): Promise<Response> {
    const deck = await getDeck();
    return pptxResponse(await presentationBytes(await deckPresentation(deck, await context(lang))), deckFilePath(lang));
  };

export const indicatorSlideFile = (lang: Lang) =>
  indicatorFile(async (indicator) =>
    pptxResponse(await presentationBytes(await indicatorPresentation(indicator, await context(lang))), indicatorSlidePath(lang, indicator.slug)),
  );
