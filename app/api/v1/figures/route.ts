import { figureRecords } from "@/lib/openData";
import { jsonResponse, openDataContext } from "@/lib/openDataSource";
import { listIndicators } from "@/lib/queries";

export const dynamic = "force-static";

export async function GET() {
  const [indicators, { sources, edition }] = await Promise.all([listIndicators(), openDataContext()]);
  return jsonResponse({ edition, figures: indicators.flatMap((i) => figureRecords(i, sources)) });
}
