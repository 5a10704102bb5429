import { figureRecords, figuresCsv } from "@/lib/openData";
import { fileResponse, openDataContext } from "@/lib/openDataSource";
import { listIndicators } from "@/lib/queries";

export const dynamic = "force-static";

export async function GET() {
  const [indicators, { sources }] = await Promise.all([listIndicators(), openDataContext()]);
  return fileResponse(figuresCsv(indicators.flatMap((i) => figureRecords(i, sources))), "text/csv; charset=utf-8", "pingcheng-figures.csv");
}
