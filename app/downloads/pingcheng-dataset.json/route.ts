import { datasetDocument } from "@/lib/openData";
import { jsonResponse, openDataContext } from "@/lib/openDataSource";
import { listIndicators, listSectors } from "@/lib/queries";

export const dynamic = "force-static";

export async function GET() {
  const [sectors, indicators, { sources, edition }] = await Promise.all([listSectors(), listIndicators(), openDataContext()]);
  return jsonResponse(datasetDocument(sectors, indicators, sources, edition), "pingcheng-dataset.json");
}
