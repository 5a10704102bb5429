import { datasetDocument } from "@/lib/openApi/openData";
import { jsonResponse } from "@/app/_files/openDataFiles";
import { getOpenDataContext, listIndicators, listSectors } from "@/lib/queries/queries";

export const dynamic = "force-static";

export async function GET() {
  const [sectors, indicators, { sources, edition }] = await Promise.all([listSectors(), listIndicators(), getOpenDataContext()]);
  return jsonResponse(datasetDocument(sectors, indicators, sources, edition), "pingcheng-dataset.json");
}
