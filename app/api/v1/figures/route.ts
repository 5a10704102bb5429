import { figureRecords } from "@/lib/sharing/openData";
import { jsonResponse, openDataContext } from "@/lib/sharing/openDataSource";
import { listIndicators } from "@/lib/queries/queries";

export const dynamic = "force-static";

export async function GET() {
  const [indicators, { sources, edition }] = await Promise.all([listIndicators(), openDataContext()]);
  return jsonResponse({ edition, figures: indicators.flatMap((i) => figureRecords(i, sources)) });
}
