import { figureRecords, figuresCsv } from "@/lib/sharing/openData";
import { fileResponse, openDataContext } from "@/lib/sharing/openDataSource";
import { listIndicators } from "@/lib/queries/queries";

export const dynamic = "force-static";

export async function GET() {
  const [indicators, { sources }] = await Promise.all([listIndicators(), openDataContext()]);
  return fileResponse(figuresCsv(indicators.flatMap((i) => figureRecords(i, sources))), "text/csv; charset=utf-8", "pingcheng-figures.csv");
}
