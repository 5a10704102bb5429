import { jsonResponse } from "@/app/_files/openDataFiles";
import { indicatorsDocument } from "@/lib/openApi/openData";
import { getEdition, listIndicators } from "@/lib/queries/queries";

export const dynamic = "force-static";

export async function GET() {
  return jsonResponse(indicatorsDocument(await listIndicators(), await getEdition()));
}
