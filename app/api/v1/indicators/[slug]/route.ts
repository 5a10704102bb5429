import { indicatorFile } from "@/lib/queries/indicatorRoute";
import { indicatorDocument } from "@/lib/openApi/openData";
import { jsonResponse } from "@/app/_files/openDataFiles";
import { getOpenDataContext } from "@/lib/queries/queries";
import { indicatorParams } from "@/lib/queries/staticParams";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = indicatorParams;

// The same document as the page's data.json download.
export const GET = indicatorFile(async (indicator) => {
  const { sources, edition } = await getOpenDataContext();
  return jsonResponse(indicatorDocument(indicator, sources, edition));
});
