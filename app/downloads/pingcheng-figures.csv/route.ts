import { figureRecords, figuresCsv } from "@/lib/openApi/openData";
import { fileResponse } from "@/app/_files/openDataFiles";
import { getOpenDataContext, listIndicators } from "@/lib/queries/queries";

export const dynamic = "force-static";

export async function GET() {
  const [indicators, { sources }] = await Promise.all([listIndicators(), getOpenDataContext()]);
  return fileResponse(figuresCsv(indicators.flatMap((i) => figureRecords(i, sources))), "text/csv; charset=utf-8", "pingcheng-figures.csv");
}
