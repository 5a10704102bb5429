import { jsonResponse } from "@/app/_files/openDataFiles";
import { figuresDocument } from "@/lib/openApi/openData";
import { getOpenDataContext, listIndicators } from "@/lib/queries/queries";

export const dynamic = "force-static";

export async function GET() {
  const { sources, edition } = await getOpenDataContext();
  return jsonResponse(figuresDocument(await listIndicators(), sources, edition));
}
