import { jsonResponse } from "@/app/_files/openDataFiles";
import { sectorsDocument } from "@/lib/openApi/openData";
import { getEdition, listSectors } from "@/lib/queries/queries";

export const dynamic = "force-static";

export async function GET() {
  return jsonResponse(sectorsDocument(await listSectors(), await getEdition()));
}
