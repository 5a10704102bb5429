import { datasetDocument } from "@/lib/sharing/openData";
import { jsonResponse, openDataContext } from "@/lib/sharing/openDataSource";
import { listIndicators, listSectors } from "@/lib/queries/queries";

export const dynamic = "force-static";

export async function GET() {
  const [sectors, indicators, { sources, edition }] = await Promise.all([listSectors(), listIndicators(), openDataContext()]);
  return jsonResponse(datasetDocument(sectors, indicators, sources, edition), "pingcheng-dataset.json");
}
