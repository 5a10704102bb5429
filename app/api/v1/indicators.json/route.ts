import { indicatorRecord } from "@/lib/sharing/openData";
import { jsonResponse, openDataContext } from "@/lib/sharing/openDataSource";
import { listIndicators } from "@/lib/queries/queries";
import { siteUrl } from "@/lib/sharing/siteUrl";

export const dynamic = "force-static";

export async function GET() {
  const [indicators, { edition }] = await Promise.all([listIndicators(), openDataContext()]);
  return jsonResponse({
    edition,
    indicators: indicators.map((i) => ({ ...indicatorRecord(i), figure_count: i.figures.length, api_url: siteUrl(`/api/v1/indicators/${i.slug}`) })),
  });
}
